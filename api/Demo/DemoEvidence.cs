namespace Responsibility.Api.Demo;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>
/// The demo's 佐证材料: a short Word record of what the entry reports, in the 公文 layout, on every milestone stage and
/// on the count entries of the last two months. Returned entries go without (their return often says why). Some answers
/// to instructions carry one too (<see cref="DemoSupervision"/>).
/// </summary>
internal static class DemoEvidence
{
    public sealed record File(string Name, byte[] Content)
    {
        public static string ContentType => FileKind.Docx.ContentType;
    }

    public static File? For(DemoTask task, DemoReport report, string unitName, DateOnly today)
    {
        var recent = report.OccurredOn.Year == today.Year && today.Month - report.OccurredOn.Month < 2;
        if (report.ReturnReason is not null || task.Metric.Kind == MetricKind.Rate || (task.Metric.Kind == MetricKind.Count && !recent))
        {
            return null;
        }

        var subject = report.Stage is int stage ? $"{task.Title}（{task.Stages[stage].Name}）" : $"{task.Title}（{report.OccurredOn.Month}月）";
        var document = new ReportDocument(
            [subject, "工作情况记录"], DocumentNumber: null, Signer: null, Recipient: null, [new Paragraph(report.Note)], unitName,
            report.OccurredOn);
        return new File($"{subject}工作记录.docx", DocxRenderer.Render(document));
    }

    /// <summary>A Word record of an instruction's answer (办理情况报告), dated the day it is answered.</summary>
    public static File ForAnswer(string subject, string answer, string unitName, DateOnly on) => new(
        $"{subject}.docx",
        DocxRenderer.Render(new ReportDocument([subject], DocumentNumber: null, Signer: null, Recipient: null, [new Paragraph(answer)], unitName, on)));

    /// <summary>Uploads a file as <paramref name="uploader"/> would through the API; answers its attachment id.</summary>
    public static async Task<string> Upload(IGrainFactory grains, File file, string uploader)
    {
        var upload = new AttachmentUpload(DemoOrganisation.BrigadeId, file.Name, File.ContentType, uploader);
        return (await AttachmentUploads.Store(grains, new MemoryStream(file.Content), upload, CancellationToken.None)).File.Id;
    }
}
