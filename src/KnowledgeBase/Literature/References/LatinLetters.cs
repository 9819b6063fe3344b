namespace KnowledgeBase.Literature.References;

/// <summary>
/// Accented Latin letters and the letter and combining accent they are made of. The site runs with invariant
/// globalization, where <see cref="string.Normalize()"/> does nothing, so the pairs LaTeX accents and folding need
/// are listed here (Latin-1, Latin Extended-A and -B, Latin Extended Additional).
/// </summary>
internal static class LatinLetters
{
    // Triplets: the accented letter, its base (itself possibly accented, as "ǖ" is "ü" with a macron) and the mark.
    private const string Table =
        "ÀA\u0300ÁA\u0301ÂA\u0302ÃA\u0303ÄA\u0308ÅA\u030AÇC\u0327ÈE\u0300ÉE\u0301ÊE\u0302ËE\u0308ÌI\u0300ÍI\u0301"
        + "ÎI\u0302ÏI\u0308ÑN\u0303ÒO\u0300ÓO\u0301ÔO\u0302ÕO\u0303ÖO\u0308ÙU\u0300ÚU\u0301ÛU\u0302ÜU\u0308ÝY\u0301"
        + "àa\u0300áa\u0301âa\u0302ãa\u0303äa\u0308åa\u030Açc\u0327èe\u0300ée\u0301êe\u0302ëe\u0308ìi\u0300íi\u0301"
        + "îi\u0302ïi\u0308ñn\u0303òo\u0300óo\u0301ôo\u0302õo\u0303öo\u0308ùu\u0300úu\u0301ûu\u0302üu\u0308ýy\u0301"
        + "ÿy\u0308ĀA\u0304āa\u0304ĂA\u0306ăa\u0306ĄA\u0328ąa\u0328ĆC\u0301ćc\u0301ĈC\u0302ĉc\u0302ĊC\u0307ċc\u0307"
        + "ČC\u030Cčc\u030CĎD\u030Cďd\u030CĒE\u0304ēe\u0304ĔE\u0306ĕe\u0306ĖE\u0307ėe\u0307ĘE\u0328ęe\u0328ĚE\u030C"
        + "ěe\u030CĜG\u0302ĝg\u0302ĞG\u0306ğg\u0306ĠG\u0307ġg\u0307ĢG\u0327ģg\u0327ĤH\u0302ĥh\u0302ĨI\u0303ĩi\u0303"
        + "ĪI\u0304īi\u0304ĬI\u0306ĭi\u0306ĮI\u0328įi\u0328İI\u0307ĴJ\u0302ĵj\u0302ĶK\u0327ķk\u0327ĹL\u0301ĺl\u0301"
        + "ĻL\u0327ļl\u0327ĽL\u030Cľl\u030CŃN\u0301ńn\u0301ŅN\u0327ņn\u0327ŇN\u030Cňn\u030CŌO\u0304ōo\u0304ŎO\u0306"
        + "ŏo\u0306ŐO\u030Bőo\u030BŔR\u0301ŕr\u0301ŖR\u0327ŗr\u0327ŘR\u030Cřr\u030CŚS\u0301śs\u0301ŜS\u0302ŝs\u0302"
        + "ŞS\u0327şs\u0327ŠS\u030Cšs\u030CŢT\u0327ţt\u0327ŤT\u030Cťt\u030CŨU\u0303ũu\u0303ŪU\u0304ūu\u0304ŬU\u0306"
        + "ŭu\u0306ŮU\u030Aůu\u030AŰU\u030Bűu\u030BŲU\u0328ųu\u0328ŴW\u0302ŵw\u0302ŶY\u0302ŷy\u0302ŸY\u0308ŹZ\u0301"
        + "źz\u0301ŻZ\u0307żz\u0307ŽZ\u030Cžz\u030CƠO\u031Bơo\u031BƯU\u031Bưu\u031BǍA\u030Cǎa\u030CǏI\u030Cǐi\u030C"
        + "ǑO\u030Cǒo\u030CǓU\u030Cǔu\u030CǕÜ\u0304ǖü\u0304ǗÜ\u0301ǘü\u0301ǙÜ\u030Cǚü\u030CǛÜ\u0300ǜü\u0300ǞÄ\u0304"
        + "ǟä\u0304ǠȦ\u0304ǡȧ\u0304ǢÆ\u0304ǣæ\u0304ǦG\u030Cǧg\u030CǨK\u030Cǩk\u030CǪO\u0328ǫo\u0328ǬǪ\u0304ǭǫ\u0304"
        + "ǮƷ\u030Cǯʒ\u030Cǰj\u030CǴG\u0301ǵg\u0301ǸN\u0300ǹn\u0300ǺÅ\u0301ǻå\u0301ǼÆ\u0301ǽæ\u0301ǾØ\u0301ǿø\u0301"
        + "ȀA\u030Fȁa\u030FȂA\u0311ȃa\u0311ȄE\u030Fȅe\u030FȆE\u0311ȇe\u0311ȈI\u030Fȉi\u030FȊI\u0311ȋi\u0311ȌO\u030F"
        + "ȍo\u030FȎO\u0311ȏo\u0311ȐR\u030Fȑr\u030FȒR\u0311ȓr\u0311ȔU\u030Fȕu\u030FȖU\u0311ȗu\u0311ȘS\u0326șs\u0326"
        + "ȚT\u0326țt\u0326ȞH\u030Cȟh\u030CȦA\u0307ȧa\u0307ȨE\u0327ȩe\u0327ȪÖ\u0304ȫö\u0304ȬÕ\u0304ȭõ\u0304ȮO\u0307"
        + "ȯo\u0307ȰȮ\u0304ȱȯ\u0304ȲY\u0304ȳy\u0304ḀA\u0325ḁa\u0325ḂB\u0307ḃb\u0307ḄB\u0323ḅb\u0323ḆB\u0331ḇb\u0331"
        + "ḈÇ\u0301ḉç\u0301ḊD\u0307ḋd\u0307ḌD\u0323ḍd\u0323ḎD\u0331ḏd\u0331ḐD\u0327ḑd\u0327ḒD\u032Dḓd\u032DḔĒ\u0300"
        + "ḕē\u0300ḖĒ\u0301ḗē\u0301ḘE\u032Dḙe\u032DḚE\u0330ḛe\u0330ḜȨ\u0306ḝȩ\u0306ḞF\u0307ḟf\u0307ḠG\u0304ḡg\u0304"
        + "ḢH\u0307ḣh\u0307ḤH\u0323ḥh\u0323ḦH\u0308ḧh\u0308ḨH\u0327ḩh\u0327ḪH\u032Eḫh\u032EḬI\u0330ḭi\u0330ḮÏ\u0301"
        + "ḯï\u0301ḰK\u0301ḱk\u0301ḲK\u0323ḳk\u0323ḴK\u0331ḵk\u0331ḶL\u0323ḷl\u0323ḸḶ\u0304ḹḷ\u0304ḺL\u0331ḻl\u0331"
        + "ḼL\u032Dḽl\u032DḾM\u0301ḿm\u0301ṀM\u0307ṁm\u0307ṂM\u0323ṃm\u0323ṄN\u0307ṅn\u0307ṆN\u0323ṇn\u0323ṈN\u0331"
        + "ṉn\u0331ṊN\u032Dṋn\u032DṌÕ\u0301ṍõ\u0301ṎÕ\u0308ṏõ\u0308ṐŌ\u0300ṑō\u0300ṒŌ\u0301ṓō\u0301ṔP\u0301ṕp\u0301"
        + "ṖP\u0307ṗp\u0307ṘR\u0307ṙr\u0307ṚR\u0323ṛr\u0323ṜṚ\u0304ṝṛ\u0304ṞR\u0331ṟr\u0331ṠS\u0307ṡs\u0307ṢS\u0323"
        + "ṣs\u0323ṤŚ\u0307ṥś\u0307ṦŠ\u0307ṧš\u0307ṨṢ\u0307ṩṣ\u0307ṪT\u0307ṫt\u0307ṬT\u0323ṭt\u0323ṮT\u0331ṯt\u0331"
        + "ṰT\u032Dṱt\u032DṲU\u0324ṳu\u0324ṴU\u0330ṵu\u0330ṶU\u032Dṷu\u032DṸŨ\u0301ṹũ\u0301ṺŪ\u0308ṻū\u0308ṼV\u0303"
        + "ṽv\u0303ṾV\u0323ṿv\u0323ẀW\u0300ẁw\u0300ẂW\u0301ẃw\u0301ẄW\u0308ẅw\u0308ẆW\u0307ẇw\u0307ẈW\u0323ẉw\u0323"
        + "ẊX\u0307ẋx\u0307ẌX\u0308ẍx\u0308ẎY\u0307ẏy\u0307ẐZ\u0302ẑz\u0302ẒZ\u0323ẓz\u0323ẔZ\u0331ẕz\u0331ẖh\u0331"
        + "ẗt\u0308ẘw\u030Aẙy\u030Aẛſ\u0307ẠA\u0323ạa\u0323ẢA\u0309ảa\u0309ẤÂ\u0301ấâ\u0301ẦÂ\u0300ầâ\u0300ẨÂ\u0309"
        + "ẩâ\u0309ẪÂ\u0303ẫâ\u0303ẬẠ\u0302ậạ\u0302ẮĂ\u0301ắă\u0301ẰĂ\u0300ằă\u0300ẲĂ\u0309ẳă\u0309ẴĂ\u0303ẵă\u0303"
        + "ẶẠ\u0306ặạ\u0306ẸE\u0323ẹe\u0323ẺE\u0309ẻe\u0309ẼE\u0303ẽe\u0303ẾÊ\u0301ếê\u0301ỀÊ\u0300ềê\u0300ỂÊ\u0309"
        + "ểê\u0309ỄÊ\u0303ễê\u0303ỆẸ\u0302ệẹ\u0302ỈI\u0309ỉi\u0309ỊI\u0323ịi\u0323ỌO\u0323ọo\u0323ỎO\u0309ỏo\u0309"
        + "ỐÔ\u0301ốô\u0301ỒÔ\u0300ồô\u0300ỔÔ\u0309ổô\u0309ỖÔ\u0303ỗô\u0303ỘỌ\u0302ộọ\u0302ỚƠ\u0301ớơ\u0301ỜƠ\u0300"
        + "ờơ\u0300ỞƠ\u0309ởơ\u0309ỠƠ\u0303ỡơ\u0303ỢƠ\u0323ợơ\u0323ỤU\u0323ụu\u0323ỦU\u0309ủu\u0309ỨƯ\u0301ứư\u0301"
        + "ỪƯ\u0300ừư\u0300ỬƯ\u0309ửư\u0309ỮƯ\u0303ữư\u0303ỰƯ\u0323ựư\u0323ỲY\u0300ỳy\u0300ỴY\u0323ỵy\u0323ỶY\u0309"
        + "ỷy\u0309ỸY\u0303ỹy\u0303";

    private static readonly Dictionary<(char, char), char> Composed = Pairs().DistinctBy(p => (p.Base, p.Mark)).ToDictionary(p => (p.Base, p.Mark), p => p.Letter);
    private static readonly Dictionary<char, char> Bases = Pairs().ToDictionary(p => p.Letter, p => p.Base);

    private static IEnumerable<(char Letter, char Base, char Mark)> Pairs()
    {
        for (var i = 0; i + 2 < Table.Length; i += 3) yield return (Table[i], Table[i + 1], Table[i + 2]);
    }

    /// <summary>The letter with the accent on it ("u" and U+0308 → "ü"), or the two as they are when no such letter exists.</summary>
    public static string Compose(char letter, char mark) =>
        Composed.TryGetValue((letter, mark), out var composed) ? composed.ToString() : string.Concat(letter.ToString(), mark.ToString());

    /// <summary>The letter without any accent: "ǖ" → "u".</summary>
    public static char Base(char letter)
    {
        while (Bases.TryGetValue(letter, out var bare)) letter = bare;
        return letter;
    }
}
