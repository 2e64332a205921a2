namespace Responsibility.Grains.Abstractions;

/// <summary>Units and leaders are owned by a brigade, so their grain keys carry the brigade id.</summary>
public static class GrainKeys
{
    public static string Unit(string brigadeId, string unitId) => $"{brigadeId}/{unitId}";

    public static string Leader(string brigadeId, string leaderId) => $"{brigadeId}/{leaderId}";

    public static string MonthlyReport(string brigadeId, int year, int month) => $"{brigadeId}/{year:D4}-{month:D2}";

    public static string MonthlyReportVersion(string brigadeId, int year, int month, int version) =>
        $"{MonthlyReport(brigadeId, year, month)}/{version}";

    public static string AnnualReport(string brigadeId, int year) => $"{brigadeId}/{year:D4}";

    /// <summary>A brigade's 责任清单 of a year (<see cref="IDutyListGrain"/>).</summary>
    public static string DutyList(string brigadeId, int year) => $"{brigadeId}/{year:D4}";

    /// <summary>A brigade's 考核 of a year (<see cref="IAppraisalGrain"/>).</summary>
    public static string Appraisal(string brigadeId, int year) => $"{brigadeId}/{year:D4}";

    /// <summary>A numbered series of documents of an issuer (a brigade, later a detachment) in a year: "{issuer}/{series}/{yyyy}".</summary>
    public static string DocumentNumbers(string issuerId, string series, int year) => $"{issuerId}/{series}/{year:D4}";

    /// <summary>
    /// A detachment as the issuer of numbered documents (<see cref="DocumentNumbers"/>): "detachment/{id}", its stream's
    /// scope, so its series never meet a brigade's of the same id.
    /// </summary>
    public static string DetachmentIssuer(string detachmentId) => "detachment/" + detachmentId;

    /// <summary>One stored version of a detachment's 月度调度通报 (<see cref="IDetachmentReportVersionGrain"/>).</summary>
    public static string DetachmentReportVersion(string detachmentId, int year, int month, int version) =>
        $"{detachmentId}/{year:D4}-{month:D2}/{version}";

    /// <summary>The brigade id at the front of a composite key.</summary>
    public static string BrigadeOf(string key) => key[..key.IndexOf('/')];
}
