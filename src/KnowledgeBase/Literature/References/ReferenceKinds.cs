namespace KnowledgeBase.Literature.References;

/// <summary>
/// Entry types as the catalog's kinds (docs/formats.md): the catalog has no kind for reports, theses or preprints,
/// so those are papers; a web page is a website unless RIS says it is a blog post. A type with no fitting kind
/// leaves the kind empty for an editor to choose.
/// </summary>
internal static class ReferenceKinds
{
    /// <summary>The kind of a BibTeX or biblatex entry type; <paramref name="isPaper"/> tells a <c>@misc</c> preprint from a web page.</summary>
    public static (string? Kind, bool Known) FromBibTex(string type, bool isPaper, bool hasUrl) => type switch
    {
        "article" or "inproceedings" or "conference" or "techreport" or "report" or "phdthesis" or "mastersthesis"
            or "thesis" or "unpublished" or "preprint" => ("paper", true),
        "book" or "mvbook" or "proceedings" or "mvproceedings" or "collection" or "mvcollection" or "booklet" or "reference" => ("book", true),
        "incollection" or "inbook" or "bookinbook" or "suppbook" or "inreference" => ("bookchapter", true),
        "online" or "electronic" or "www" or "webpage" => ("website", true),
        "manual" or "software" => ("documentation", true),
        "misc" when isPaper => ("paper", true),
        "misc" when hasUrl => ("website", true),
        "misc" => (null, true),
        _ => (null, false),
    };

    /// <summary>The kind of a RIS <c>TY</c> reference type.</summary>
    public static (string? Kind, bool Known) FromRis(string type) => type switch
    {
        "JOUR" or "EJOUR" or "JFULL" or "ABST" or "INPR" or "CONF" or "CPAPER" or "THES" or "RPRT" or "UNPB" or "MANSCPT" or "SER" => ("paper", true),
        "BOOK" or "EBOOK" or "EDBOOK" or "ENCYC" => ("book", true),
        "CHAP" or "ECHAP" => ("bookchapter", true),
        "ELEC" or "WEB" => ("website", true),
        "BLOG" => ("blogpost", true),
        "SLIDE" => ("presentation", true),
        "COMP" or "STAND" => ("documentation", true),
        "GEN" or "MGZN" or "NEWS" or "VIDEO" or "SOUND" or "DATA" or "PAT" or "GOVDOC" or "CTLG" or "PCOMM" or "ICOMM" => (null, true),
        _ => (null, false),
    };
}
