using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>
/// Counts every hit per type (from doc values, no stored fields) and passes on to the ranking collector only the
/// hits of the chosen type, so the facet counts stay those of the whole query while a type is selected.
/// </summary>
internal sealed class TypeFacetCollector(ICollector ranking, string? onlyType) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];
    private int _onlyOrd = -1;

    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _types = context.AtomicReader.GetSortedDocValues(IndexSchema.Type);
        _segmentCounts = new int[_types?.ValueCount ?? 0];
        _onlyOrd = onlyType is null || _types is null ? -1 : _types.LookupTerm(new BytesRef(onlyType));
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var ord = _types?.GetOrd(doc) ?? -1;
        if (ord >= 0) _segmentCounts[ord]++;
        if (onlyType is null || (ord >= 0 && ord == _onlyOrd)) ranking.Collect(doc);
    }

    private void Flush()
    {
        if (_types is null) return;
        var value = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0) continue;
            _types.LookupOrd(ord, value);
            var type = value.Utf8ToString();
            _counts[type] = _counts.GetValueOrDefault(type) + _segmentCounts[ord];
        }
        _types = null;
        _segmentCounts = [];
    }
}
