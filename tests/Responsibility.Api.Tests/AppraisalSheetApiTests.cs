namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Responsibility.Api.Ledger;

/// <summary>
/// GET …/appraisal/{year}/{period}/sheet: the 考核评分表 as .xlsx (default) or Word, read by everyone in the brigade, a
/// subject's 自评 explanation only where the reader reads its records; bad format or period 400, another brigade 404.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AppraisalSheetApiTests(SharedApi api)
{
    private const string Note = "廉政教育每月一次，台账齐全";

    [Fact]
    public async Task SheetCarriesTheSelfExplanationForTheLeaderButNotForAViewer()
    {
        var (brigade, sheet) = await SelfScored();
        var leader = await brigade.SignIn("dadui");
        var viewer = await brigade.SignIn("viewer");

        var full = await leader.GetAsync(sheet);
        var counted = await viewer.GetAsync(sheet);
        var word = await leader.GetAsync(sheet + "&format=docx");

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(LedgerDownload.ContentType, full.Content.Headers.ContentType!.MediaType);
        Assert.Contains(Note, Texts(await full.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        var viewed = Texts(await counted.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(Note, viewed, StringComparison.Ordinal);
        Assert.Contains("法制室", viewed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task BadFormatPeriodOrSubjectsAre400AndAnotherBrigade404()
    {
        var (brigade, sheet) = await SelfScored();
        var other = await new ApiBrigade(api.Factory).Create();
        var leader = await brigade.SignIn("dadui");

        var format = await leader.GetAsync(sheet + "&format=pdf");
        var period = await leader.GetAsync(sheet.Replace("-Q1/", "-Q7/", StringComparison.Ordinal));
        var subjects = await leader.GetAsync(sheet.Replace("subjects=Units", "subjects=Everyone", StringComparison.Ordinal));
        var outsider = await (await other.SignIn("dadui")).GetAsync(sheet);

        Assert.Contains("format", (await format.Problem()).Errors!.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, subjects.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    /// <summary>A brigade with last year's scheme and 法制室's 自评 of Q1 with an explanation; the units' sheet of Q1.</summary>
    private async Task<(ApiBrigade Brigade, string Sheet)> SelfScored()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await AppraisalCalls.PutScheme(brigade);
        var root = AppraisalApiTests.Root(brigade);
        var fazhi = await brigade.SignIn("fazhi");
        (await fazhi.PutAsJsonAsync($"{root}/{AppraisalApiTests.Year}-Q1/self/units/fazhi",
            new { lines = new[] { new { indicator = "1.2", points = 27, note = Note, attachmentIds = Array.Empty<string>() } } })).EnsureSuccessStatusCode();
        return (brigade, $"{root}/{AppraisalApiTests.Year}-Q1/sheet?subjects=Units");
    }

    /// <summary>Every text of a workbook's sheets and shared strings.</summary>
    private static string Texts(byte[] workbook)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
