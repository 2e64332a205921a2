namespace Responsibility.Reports.Tests;

/// <summary>
/// Minutes as LibreOffice prints them, wherever their end falls on a page: no page but the last left with more than
/// a few lines empty, the 落款 never alone on a page, every attendee's name whole.
/// </summary>
public sealed class MinutesPrintTests(PrintedMinutes printed) : IClassFixture<PrintedMinutes>
{
    [Fact]
    public void EveryPageButTheLastIsFilledToAtLeastEightyPercentOfTheTextBlock()
    {
        Assert.True(!printed.Printed || printed.Pages.Values.Any(p => p.Length >= 2), "no minutes ran onto a second page");
        foreach (var (decisions, pages) in printed.Pages)
        {
            foreach (var page in pages.SkipLast(1))
            {
                Assert.True(PageFill.Of(page) >= 0.8, $"with {decisions} decisions page {page.Number} is filled to {PageFill.Of(page):P0}");
            }
        }
    }

    [Fact]
    public void TheLastPageHoldsMoreThanTheIssuerAndDate()
    {
        foreach (var (decisions, pages) in printed.Pages)
        {
            var lines = pages[^1].Lines().Where(l => l[0].YMin < pages[^1].Height - PageFill.TextBottomMargin).ToList();
            var issuer = lines.FindIndex(l => string.Concat(l.Select(w => w.Text)).StartsWith(OctoberReport.Header.PartyOrgName, StringComparison.Ordinal));

            Assert.True(issuer > 0, $"with {decisions} decisions the last page starts with the 落款");
        }
    }

    [Fact]
    public void EveryAttendeeNameIsPrintedWhole()
    {
        foreach (var (decisions, pages) in printed.Pages)
        {
            var lines = pages.SelectMany(p => p.Lines()).Select(l => string.Concat(l.Select(w => w.Text))).ToList();

            Assert.All(PrintedMinutes.Meeting(decisions).Attendees, name => Assert.Contains(lines, l => l.Contains(name, StringComparison.Ordinal)));
        }
    }
}
