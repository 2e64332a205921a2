namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions;

/// <summary>The HTTP status and the Chinese title of each kind of refusal, for the API's problems and the pages alike.</summary>
public static class ErrorStatus
{
    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooLarge or ErrorKind.QuotaExceeded => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    public static string Title(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "未找到",
        ErrorKind.Conflict => "与现有数据冲突",
        ErrorKind.PreconditionFailed => "数据已被修改",
        ErrorKind.Forbidden => "没有权限",
        ErrorKind.Unprocessable => "与先前的请求不一致",
        ErrorKind.TooLarge => "文件过大",
        ErrorKind.QuotaExceeded => "上传空间已满",
        ErrorKind.UnsupportedMediaType => "文件类型不受支持",
        _ => "请求参数有误",
    };
}
