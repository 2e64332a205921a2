namespace Responsibility.Api.Common;

public sealed class ForbiddenException(string message) : Exception(message)
{
    /// <summary>What a refused request says when nothing more particular applies.</summary>
    public const string Refused = "没有权限执行此操作。";

    /// <summary>The same refusal when the person only asked to see a page.</summary>
    public const string RefusedToRead = "您没有权限查看此页面。";
}
