namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;

internal static class Titles
{
    /// <summary>
    /// The party organisation's name on two lines as the seed prints it: "中共淄博市公安局交通警察支队" /
    /// "淄川大队总支部委员会", when it starts with the detachment's name.
    /// </summary>
    public static string[] Issuer(ReportHeader header)
    {
        var prefix = "中共" + header.DetachmentName;
        var name = header.PartyOrgName;
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length
            ? [prefix, name[prefix.Length..]]
            : [name];
    }
}
