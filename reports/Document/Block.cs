namespace Responsibility.Reports.Document;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>One piece of a document body.</summary>
public abstract record Block;

/// <summary>
/// A heading on a line of its own. Renderers number it: level 1 一、, level 2 （一）, level 3 1., level 4 （1）;
/// a heading restarts the numbering of every deeper level.
/// </summary>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>
/// Body text (仿宋, two-character first-line indent). A <see cref="RunIn"/> heading, numbered at
/// <see cref="RunInLevel"/> like a <see cref="Heading"/>, starts the paragraph in the heading's font; renderers end it
/// with "。" when it has no closing punctuation of its own.
/// </summary>
public sealed record Paragraph(string Text, string? RunIn = null, int RunInLevel = 2) : Block;

/// <summary>
/// People under a label ("参会人员": …), as GB/T 9704-2012 sets the 出席 list of a 纪要: the label in 黑体 two characters
/// in, the names in 仿宋 joined by "、", each further line aligned after the colon, and no name broken across lines.
/// </summary>
public sealed record NameList(string Label, string[] Names) : Block;

/// <summary>A table with a header row; every row has as many cells as there are headers.</summary>
public sealed record Table(string? Caption, string[] Headers, string[][] Rows) : Block;

/// <summary>A horizontal or vertical bar chart of fractions in [0,1] (e.g. each unit's percent vs 序时进度).</summary>
public sealed record BarChart(string Title, ChartBar[] Bars, string ValueLabel, string MarkerLabel) : Block;

/// <summary>One bar: its value, an optional marker (the expected share) drawn across it, and the status it is coloured by.</summary>
public sealed record ChartBar(string Label, double Value, double? Marker, ProgressStatus Status);
