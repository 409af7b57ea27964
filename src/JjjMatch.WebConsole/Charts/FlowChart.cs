using System.Globalization;
using Microsoft.AspNetCore.Html;
using static JjjMatch.WebConsole.Charts.SvgChart;

namespace JjjMatch.WebConsole.Charts;

/// <summary>A flow of contract value from the seller's province to the buyer's.</summary>
public sealed record Flow(string Seller, string Buyer, decimal Amount, string Shown);

/// <summary>
/// Contract value between Beijing, Tianjin and Hebei (and elsewhere) as arrows between the three places, as wide as
/// the value they carry; a province's deals within itself are a ring around it.
/// </summary>
public static class FlowChart
{
    private static readonly Dictionary<string, (double X, double Y)> Places = new()
    {
        ["beijing"] = (150, 80),
        ["tianjin"] = (430, 130),
        ["hebei"] = (250, 290),
        ["other"] = (500, 310),
    };

    public static IHtmlContent Draw(string title, IReadOnlyList<Flow> flows, Func<string, string> placeName)
    {
        var svg = Open(title, 600, 380, "flows");
        svg.Append(
            """<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="8" refY="5" """
                + """markerWidth="22" markerHeight="22" """
                + """markerUnits="userSpaceOnUse" """
                + """orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="flow-head"/></marker></defs>"""
        );
        var max = flows.Count == 0 ? 1m : Math.Max(flows.Max(f => f.Amount), 0.01m);
        foreach (var flow in flows)
        {
            var width = 2 + (double)(flow.Amount / max) * 16;
            var (x1, y1) = Places.GetValueOrDefault(flow.Seller, Places["other"]);
            var (x2, y2) = Places.GetValueOrDefault(flow.Buyer, Places["other"]);
            var key = $"{flow.Seller}-{flow.Buyer}";
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<g class="flow" data-pair="{E(key)}" data-amount="{Amount(flow)}">"""
            );
            if (flow.Seller == flow.Buyer)
            {
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"""<circle cx="{N(x1)}" cy="{N(y1)}" r="46" stroke-width="{N(width)}" class="flow-line"/>"""
                );
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"""<text x="{N(x1)}" y="{N(y1 - 54)}" text-anchor="middle">{E(flow.Shown)}</text></g>"""
                );
                continue;
            }

            // A bend to the left of the direction of travel keeps A→B and B→A apart.
            var (mx, my) = ((x1 + x2) / 2, (y1 + y2) / 2);
            var (dx, dy) = (x2 - x1, y2 - y1);
            var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            var (cx, cy) = (mx - dy / length * 40, my + dx / length * 40);
            // The label sits on the chord's other side, away from the bend, so the line never crosses it.
            var (px, py) = (dy / length, -dx / length);
            var (lx, ly) = (mx + px * 12, my + py * 12 + 4);
            var anchor = px >= 0 ? "start" : "end";
            var (sx, sy) = Shorten(x1, y1, cx, cy, 34);
            var (ex, ey) = Shorten(x2, y2, cx, cy, 40);
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<path d="M{N(sx)},{N(sy)} Q{N(cx)},{N(cy)} {N(ex)},{N(ey)}" stroke-width="{N(width)}" """
            );
            svg.Append("""class="flow-line" marker-end="url(#flow-arrow)"/>""");
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{N(lx)}" y="{N(ly)}" text-anchor="{anchor}">{E(flow.Shown)}</text></g>"""
            );
        }

        foreach (var (place, (x, y)) in Places)
        {
            if (place == "other" && flows.All(f => f.Seller != place && f.Buyer != place))
            {
                continue;
            }

            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<g class="place" data-place="{place}"><circle cx="{N(x)}" cy="{N(y)}" r="30"/>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{N(x)}" y="{N(y + 5)}" text-anchor="middle">{E(placeName(place))}</text></g>"""
            );
        }

        return Close(svg);
    }

    private static string Amount(Flow flow) => flow.Amount.ToString(CultureInfo.InvariantCulture);

    private static (double X, double Y) Shorten(double x, double y, double towardX, double towardY, double by)
    {
        var (dx, dy) = (towardX - x, towardY - y);
        var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
        return (x + dx / length * by, y + dy / length * by);
    }
}
