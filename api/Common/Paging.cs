namespace Responsibility.Api.Common;

using System.Globalization;
using FluentValidation;

/// <summary>
/// Lists read a page at a time, newest first: a page size (<c>limit</c>) and the opaque <c>cursor</c> of the next,
/// older page, which the previous page handed out (a position in the list as a decimal number).
/// </summary>
public static class Paging
{
    /// <summary>The position a cursor stands for; null when it is not one this api hands out.</summary>
    public static long? Position(string? cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position > 0 ? position : null;

    public static string Cursor(long position) => position.ToString(CultureInfo.InvariantCulture);

    public static IRuleBuilderOptions<T, string?> IsCursor<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(cursor => cursor is null || Position(cursor) is not null).WithMessage("翻页标记无效。");

    public static IRuleBuilderOptions<T, int?> IsPageSize<T>(this IRuleBuilder<T, int?> rule, int max) => rule
        .InclusiveBetween(1, max).WithMessage($"每页须为 1 到 {max} 条。");

    /// <summary>The <c>Link</c> header of a page that has a next one: this request again, from <paramref name="cursor"/> on.</summary>
    public static string NextLink(HttpRequest request, int? limit, string cursor)
    {
        var query = QueryString.Create(
            new Dictionary<string, string?> { ["limit"] = limit?.ToString(CultureInfo.InvariantCulture), ["cursor"] = cursor }
                .Where(p => p.Value is not null));
        return $"<{request.PathBase}{request.Path}{query}>; rel=\"next\"";
    }
}
