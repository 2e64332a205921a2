namespace Responsibility.Reports.Document;

using Responsibility.Grains.Abstractions.Text;

/// <summary>Counts headings level by level as a renderer walks a body, so every format numbers alike.</summary>
public sealed class Numbering
{
    private readonly int[] counters = new int[5];

    public string Next(int level)
    {
        var l = Math.Clamp(level, 1, 4);
        counters[l]++;
        for (var deeper = l + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        return ChineseNumbers.Prefix(l, counters[l]);
    }
}
