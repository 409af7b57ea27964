using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JjjMatch.WebConsole.Charts;

/// <summary>One bar of a chart: its label, its length and the figure printed beside it.</summary>
public sealed record Bar(string Label, double Value, string Shown, string Key);

/// <summary>
/// Charts as inline SVG written on the server: no script, nothing for the Content-Security-Policy to allow. Every text
/// is HTML-encoded; each chart names itself for screen readers.
/// </summary>
public static class SvgChart
{
    private const int LabelWidth = 130;
    private const int BarArea = 260;
    private const int Row = 28;

    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars, string cssClass = "bars")
    {
        var height = Math.Max(1, bars.Count) * Row + 8;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => Math.Abs(b.Value)), 1e-9);
        var svg = Open(title, LabelWidth + BarArea + 90, height, cssClass);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * Row;
            var width = Math.Max(bar.Value != 0 ? 2 : 0, Math.Abs(bar.Value) / max * BarArea);
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<g class="bar" data-key="{E(bar.Key)}" data-value="{N(bar.Value)}">"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{LabelWidth - 8}" y="{y + 18}" text-anchor="end">{E(bar.Label)}</text>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<rect x="{LabelWidth}" y="{y + 4}" width="{N(width)}" height="{Row - 10}" rx="3"{Negative(bar)}/>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{N(LabelWidth + width + 6)}" y="{y + 18}">{E(bar.Shown)}</text></g>"""
            );
        }

        return Close(svg);
    }

    // A factor can count against a pair (a mismatch): drawn as long as its weight, in another colour.
    private static string Negative(Bar bar) => bar.Value < 0 ? " class=\"negative\"" : "";

    internal static StringBuilder Open(string title, int width, int height, string cssClass)
    {
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"""<svg class="chart {E(cssClass)}" viewBox="0 0 {width} {height}" role="img" aria-label="{E(title)}" """
        );
        svg.Append(CultureInfo.InvariantCulture, $"""xmlns="http://www.w3.org/2000/svg"><title>{E(title)}</title>""");
        return svg;
    }

    internal static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    internal static string E(string text) => HtmlEncoder.Default.Encode(text);

    internal static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
