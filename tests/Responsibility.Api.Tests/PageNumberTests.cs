namespace Responsibility.Api.Tests;

using Responsibility.Api.Pages;

/// <summary>Numbers typed into the pages are read as people mean them, and a comma that does not group thousands is refused.</summary>
public sealed class PageNumberTests
{
    [Theory]
    [InlineData("93", 93)]
    [InlineData("93%", 93)]
    [InlineData("93 ％", 93)]
    [InlineData("87.5%", 87.5)]
    [InlineData("1,000", 1000)]
    [InlineData("１，０００", 1000)]
    [InlineData("12,345.5", 12345.5)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("１.５", 1.5)]
    public void TypedFiguresReadAsPeopleMeanThem(string typed, double expected)
    {
        Assert.True(NumberBinder.TryParse(typed, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,50")]
    [InlineData("1,5000")]
    [InlineData("12,34,567")]
    [InlineData("%")]
    [InlineData("九十")]
    [InlineData("1e400")]
    public void AmbiguousOrNonNumericTextIsRefused(string typed) => Assert.False(NumberBinder.TryParse(typed, out _));
}
