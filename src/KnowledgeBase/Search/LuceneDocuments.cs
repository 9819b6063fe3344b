using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>
/// Turns a <see cref="SearchDocument"/> into a Lucene document (what hits show is in <see cref="DisplayValues"/>).
/// Every value of an exact field goes through <see cref="IndexSchema.Exact"/>: whatever the importer lets through,
/// building a document never fails on a long value.
/// </summary>
internal static class LuceneDocuments
{
    public static Document From(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(IndexSchema.Id, IndexSchema.Exact(d.Id), Field.Store.NO),
            new StringField(IndexSchema.Type, IndexSchema.Exact(d.Type), Field.Store.YES),
            // Doc values let the facet collector count types without loading stored fields.
            new SortedDocValuesField(IndexSchema.Type, new BytesRef(IndexSchema.Exact(d.Type))),
            new StoredField(IndexSchema.Key, d.Key),
            new StringField(d.Type == SearchTypes.Requirement ? IndexSchema.Code : IndexSchema.Slug, IndexSchema.Exact(d.Key.ToLowerInvariant()), Field.Store.NO),
            // A glossary term explains a word and points at the entities it means: named like one of them
            // ("Feature store"), it must rank below the entity, so it gets no exact-name reward and a lighter title.
            new TextField(IndexSchema.Title, d.Title, Field.Store.YES) { Boost = d.Type == SearchTypes.Term ? 0.3f : 1f },
            new TextField(IndexSchema.Body, d.Body, Field.Store.NO),
            DisplayValues.Create(d),
        };
        if (d.Type != SearchTypes.Term)
            doc.Add(new StringField(IndexSchema.ExactName, IndexSchema.Exact(d.Title.Trim().ToLowerInvariant()), Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(d.AltTitle)) doc.Add(new TextField(IndexSchema.AltTitle, d.AltTitle, Field.Store.NO));
        foreach (var person in d.People) doc.Add(new TextField(IndexSchema.People, person, Field.Store.NO));
        foreach (var related in d.Related) doc.Add(new TextField(IndexSchema.Related, related, Field.Store.NO));
        foreach (var alias in d.Aliases)
        {
            doc.Add(new TextField(IndexSchema.Related, alias, Field.Store.NO));
            doc.Add(new StoredField(IndexSchema.Alias, alias));
        }
        foreach (var tag in d.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexSchema.Tag, IndexSchema.Exact(tag), Field.Store.NO));
            doc.Add(new TextField(IndexSchema.TagText, tag, Field.Store.NO));
            doc.Add(new TextField(IndexSchema.Spelling, tag, Field.Store.NO));
        }
        foreach (var layer in d.Layers.Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(IndexSchema.Layer, IndexSchema.Exact(layer.ToLowerInvariant()), Field.Store.NO));
        // Names of things people search for by name; source titles are sentences and would only add noise.
        if (d.Type is SearchTypes.Tool or SearchTypes.Component or SearchTypes.Layer)
            doc.Add(new TextField(IndexSchema.Spelling, d.Title, Field.Store.NO));
        return doc;
    }
}
