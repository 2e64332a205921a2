namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>任务编号 in one form, however a Chinese input method typed it.</summary>
public class TaskCodesTests
{
    [Theory]
    [InlineData("FZ-02", "FZ-02")]
    [InlineData("ＦＺ-02", "FZ-02")]
    [InlineData("ＦＺ－０２", "FZ-02")]
    [InlineData(" FZ-02\u3000", "FZ-02")]
    [InlineData("\tＸＣ（１）", "XC(1)")]
    [InlineData("ｆｚ＿０１", "fz_01")]
    [InlineData("法制-01", "法制-01")]
    public void CodeIsItsAsciiFormWithoutSpacesAround(string typed, string code)
    {
        var normal = TaskCodes.Normalise(typed);

        Assert.Equal(code, normal);
    }
}
