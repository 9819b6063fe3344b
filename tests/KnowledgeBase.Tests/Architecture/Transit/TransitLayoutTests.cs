using KnowledgeBase.Architecture.Transit;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Architecture.Transit;

/// <summary>
/// The promises of the layout, checked on the shipped catalog and on small hand-made networks: every station once,
/// every segment octilinear, no name on a line or on another name, stations inside their zone, same input same map.
/// </summary>
public class TransitLayoutTests
{
    private static readonly TransitZone[] Zones = SmallNetwork.Zones;
    private static readonly TransitStop[] Stops = SmallNetwork.Stops;
    private static readonly TransitLine[] Lines = SmallNetwork.Lines;

    private static IEnumerable<TestCaseData> Maps()
    {
        yield return new TestCaseData(TransitLayout.Compute(Zones, Stops, Lines)).SetArgDisplayNames("hand-made");
        yield return new TestCaseData(ShippedCatalog.Network().Layout()).SetArgDisplayNames("shipped");
    }

    [TestCaseSource(nameof(Maps))]
    public void Every_station_a_line_passes_through_is_placed_once(TransitMapLayout map)
    {
        var visited = map.Lines.SelectMany(l => l.Stations).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        Assert.That(map.Stations.Select(s => s.Slug).OrderBy(s => s, StringComparer.Ordinal), Is.EqualTo(visited));
        Assert.That(map.Stations.Select(s => s.Center).Distinct().Count(), Is.EqualTo(map.Stations.Count), "two stations on one spot");
    }

    [TestCaseSource(nameof(Maps))]
    public void Every_segment_runs_at_0_45_or_90_degrees(TransitMapLayout map)
    {
        Assert.That(map.Segments.Count(), Is.GreaterThan(0));
        foreach (var (a, b) in map.Segments)
        {
            double dx = Math.Abs(b.X - a.X), dy = Math.Abs(b.Y - a.Y);
            Assert.That(dx < 1e-6 || dy < 1e-6 || Math.Abs(dx - dy) < 1e-6, $"segment {a} → {b} is not octilinear");
        }
    }

    [TestCaseSource(nameof(Maps))]
    public void No_two_names_overlap(TransitMapLayout map)
    {
        var labels = map.Stations.Select(s => (s.Slug, s.Label)).Concat(map.Zones.Select(z => (z.Slug, NameBox(z)))).ToList();
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
                Assert.That(labels[i].Item2.Overlaps(labels[j].Item2), Is.False, $"{labels[i].Slug} overlaps {labels[j].Slug}");
    }

    [TestCaseSource(nameof(Maps))]
    public void No_name_touches_a_line_or_a_station(TransitMapLayout map)
    {
        foreach (var station in map.Stations)
        {
            foreach (var (a, b) in map.Segments)
                Assert.That(station.Label.Crosses(a, b), Is.False, $"the name of {station.Slug} crosses the segment {a} → {b}");
            foreach (var other in map.Stations)
                Assert.That(station.Label.Contains(other.Center), Is.False, $"the name of {station.Slug} covers {other.Slug}");
        }
    }

    [TestCaseSource(nameof(Maps))]
    public void Stations_sit_in_the_band_of_their_zone_and_names_inside_the_map(TransitMapLayout map)
    {
        var bands = map.Zones.ToDictionary(z => z.Slug, z => z.Band);
        foreach (var s in map.Stations)
        {
            Assert.That(bands[s.Zone].Contains(s.Center), $"{s.Slug} is outside its zone {s.Zone}");
            Assert.That(s.Label.X >= TransitLayout.Gutter && s.Label.Right <= map.Width && s.Label.Y >= 0 && s.Label.Bottom <= map.Height, $"the name of {s.Slug} leaves the map");
        }
    }

    [Test]
    public void Zones_are_stacked_with_the_first_layer_at_the_bottom()
    {
        var map = TransitLayout.Compute(Zones, Stops, Lines);
        Assert.That(map.Zones.Select(z => z.Slug), Is.EqualTo(new[] { "models", "data", "infra" }));
        Assert.That(map.Zones[0].Band.Bottom, Is.LessThanOrEqualTo(map.Zones[1].Band.Y));
    }

    [Test]
    public void Lines_sharing_a_station_stop_at_one_interchange_side_by_side_in_line_order()
    {
        var map = TransitLayout.Compute(Zones, Stops, Lines);
        var features = map.Stations.Single(s => s.Slug == "features");
        Assert.That(features.IsInterchange);
        Assert.That(features.Platforms.Select(p => p.Line), Is.EqualTo(new[] { "data", "training", "inference" }));
        Assert.That(features.Platforms.Select(p => p.At).Distinct().Count(), Is.EqualTo(3), "the lines run through it apart");
        Assert.That(map.Stations.Single(s => s.Slug == "ingest").IsInterchange, Is.False);
    }

    [Test]
    public void Each_line_passes_its_stations_in_stage_order()
    {
        var map = TransitLayout.Compute(Zones, Stops, Lines);
        foreach (var line in map.Lines)
        {
            var platforms = line.Stations.Select(s => map.Stations.Single(p => p.Slug == s).Platforms.Single(p => p.Line == line.Slug).At).ToList();
            Assert.That(line.Points[0], Is.EqualTo(platforms[0]));
            Assert.That(line.Points[^1], Is.EqualTo(platforms[^1]));
            var indexes = platforms.Select(p => line.Points.ToList().IndexOf(p)).ToList();
            Assert.That(indexes, Is.Ordered.And.Not.Contains(-1), line.Slug);
        }
    }

    [Test]
    public void The_same_catalog_gives_the_same_map_and_a_new_stage_extends_its_line()
    {
        var before = TransitLayout.Compute(Zones, Stops, Lines);
        var again = TransitLayout.Compute(Zones, Stops, Lines);
        Assert.That(again.Stations.Select(s => (s.Slug, s.Center, s.Label)), Is.EqualTo(before.Stations.Select(s => (s.Slug, s.Center, s.Label))));
        Assert.That(again.Lines.SelectMany(l => l.Points), Is.EqualTo(before.Lines.SelectMany(l => l.Points)));

        var longer = Lines.Select(l => l.Slug == "inference" ? l with { Stations = [.. l.Stations, "lake"] } : l).ToList();
        var after = TransitLayout.Compute(Zones, Stops, longer);
        var lake = after.Stations.Single(s => s.Slug == "lake");
        Assert.That(lake.Platforms.Select(p => p.Line), Is.EqualTo(new[] { "data", "inference" }), "the station becomes an interchange");
        Assert.That(after.Lines.Single(l => l.Slug == "inference").Points[^1], Is.EqualTo(lake.Platforms[1].At), "the line now ends there");
        Assert.That(after.Stations.Select(s => s.Zone), Is.EqualTo(before.Stations.Select(s => s.Zone)), "no station changes zone");
    }

    [Test]
    public void Stations_unknown_to_the_catalog_are_left_out_and_a_station_visited_twice_is_one_stop()
    {
        var map = TransitLayout.Compute(Zones, Stops, [new TransitLine("x", "X", "#000000", ["ingest", "nowhere", "lake", "ingest"])]);
        Assert.That(map.Lines[0].Stations, Is.EqualTo(new[] { "ingest", "lake" }));
        Assert.That(map.Stations, Has.Count.EqualTo(2));
    }

    private static Box NameBox(PlacedZone zone) =>
        new(zone.NameAt.X, zone.NameAt.Y - 11, zone.NameLines.Max(l => l.Length) * 7.5, zone.NameLines.Count * 14);
}
