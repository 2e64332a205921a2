namespace Responsibility.Api.Pages;

/// <summary>
/// Ids for rows the pages create (清单 items, risk rows): the API's ids are chosen by their writer, and people on a page
/// write titles, not slugs. Random, so two clerks adding at once never overwrite each other's row.
/// </summary>
public static class NewIds
{
    public static string Of(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
