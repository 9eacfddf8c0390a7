namespace Depo.Core.Inventory.Demo;

/// <summary>The demo master data: a small Romanian pharmaceutical manufacturer's warehouse.</summary>
public static class DemoCatalogue
{
    public sealed record Unit(string Name, string Abrev);

    public sealed record Node(string Key, string Name, string Description, string? Parent, string? Code = null);

    public sealed record Firm(string Key, string Name, string Code, bool Supplier, bool Manufacturer, bool Client, string Country, string City, string Vat);

    public sealed record Item(string Ipn, string Name, string Um, string Category, string Description, bool BatchRequired, int ExpiryDays, string Storage);

    public static IReadOnlyList<Unit> Units { get; } =
    [
        new("Bucată", "buc"), new("Kilogram", "kg"), new("Gram", "g"), new("Litru", "l"),
        new("Mililitru", "ml"), new("Metru", "m"), new("Rolă", "rola"), new("Cutie", "cut"),
    ];

    public static IReadOnlyList<Node> Categories { get; } =
    [
        new("raw", "Materii prime", "Substanțe active și excipienți", null),
        new("api", "Substanțe active", "Active pharmaceutical ingredients", "raw"),
        new("excipients", "Excipienți", "Excipients", "raw"),
        new("packaging", "Ambalaje", "Packaging materials", null),
        new("primary", "Ambalaj primar", "In contact with the product", "packaging"),
        new("secondary", "Ambalaj secundar", "Boxes, leaflets, labels", "packaging"),
        new("finished", "Produse finite", "Released finished products", null),
        new("tablets", "Comprimate", "Tablets and capsules", "finished"),
        new("liquids", "Forme lichide", "Syrups, solutions, drops", "finished"),
        new("semisolids", "Forme semisolide", "Ointments and creams", "finished"),
        new("lab", "Laborator CC", "Quality-control reagents and consumables", null),
        new("cleaning", "Igienizare", "Cleaning and disinfection", null),
    ];

    public static IReadOnlyList<Node> Locations { get; } =
    [
        new("central", "Depozit central", "Main warehouse, 15–25 °C", null, "DC"),
        new("reception", "Recepție", "Goods-in area", "central", "DC-REC"),
        new("quarantine", "Carantină", "Closed quarantine area", "central", "DC-CAR"),
        new("rack-a", "Raft A", "Raw materials", "central", "DC-A"),
        new("rack-b", "Raft B", "Packaging materials", "central", "DC-B"),
        new("cold", "Cameră rece", "2–8 °C", "central", "DC-RECE"),
        new("production", "Producție", "Manufacturing floor", null, "PROD"),
        new("solids", "Secția solide", "Tablets and capsules", "production", "PROD-SOL"),
        new("liquids", "Secția lichide", "Syrups and solutions", "production", "PROD-LIC"),
        new("qc-lab", "Laborator CC", "Quality control", null, "LAB"),
        new("dispatch", "Magazie expediție", "Finished goods for dispatch", null, "EXP"),
    ];

    public static IReadOnlyList<Firm> Companies { get; } =
    [
        new("chemie", "Chemie Handel GmbH", "CHH", true, false, false, "Germania", "Köln", "DE811234567"),
        new("brenntag", "Brenntag România SRL", "BRT", true, false, false, "România", "Chiajna", "RO12345678"),
        new("merck", "Merck KGaA", "MRK", true, true, false, "Germania", "Darmstadt", "DE811850788"),
        new("basf", "BASF SE", "BASF", true, true, false, "Germania", "Ludwigshafen", "DE149145430"),
        new("roquette", "Roquette Frères", "ROQ", false, true, false, "Franța", "Lestrem", "FR61457202432"),
        new("colorcon", "Colorcon Ltd", "CLC", true, true, false, "Marea Britanie", "Dartford", "GB232210611"),
        new("zhejiang", "Zhejiang Pharma Co.", "ZJP", false, true, false, "China", "Taizhou", "CN913310001"),
        new("gerresheimer", "Gerresheimer Boleslawiec", "GRH", true, true, false, "Polonia", "Bolesławiec", "PL6121001234"),
        new("amcor", "Amcor Flexibles SRL", "AMC", true, false, false, "România", "Timișoara", "RO9876543"),
        new("tipografia", "Tipografia Print Pharma SRL", "TPP", true, false, false, "România", "Cluj-Napoca", "RO22334455"),
        new("labsupply", "Lab Supply SRL", "LBS", true, false, false, "România", "București", "RO33445566"),
        new("farmexim", "Farmexim SA", "FRX", false, false, true, "România", "Ilfov", "RO44556677"),
        new("mediplus", "Mediplus Exim SRL", "MPX", false, false, true, "România", "Ilfov", "RO55667788"),
        new("pharmafarm", "PharmaFarm SA", "PHF", false, false, true, "România", "Craiova", "RO66778899"),
    ];

    private static readonly (string Name, string Supplier)[] ActiveSubstances =
    [
        ("Paracetamol", "chemie"), ("Ibuprofen", "basf"), ("Acid acetilsalicilic", "chemie"), ("Metformin clorhidrat", "zhejiang"),
        ("Amoxicilină trihidrat", "zhejiang"), ("Omeprazol", "chemie"), ("Diclofenac sodic", "brenntag"), ("Cetirizină diclorhidrat", "chemie"),
        ("Loratadină", "merck"), ("Simvastatină", "merck"), ("Atorvastatină calcică", "zhejiang"), ("Amlodipină besilat", "chemie"),
        ("Losartan potasic", "zhejiang"), ("Metoprolol tartrat", "merck"), ("Acid ascorbic", "basf"), ("Piridoxină clorhidrat", "basf"),
        ("Cafeină anhidră", "basf"), ("Dexametazonă fosfat sodic", "merck"), ("Ambroxol clorhidrat", "chemie"), ("Drotaverină clorhidrat", "chemie"),
    ];

    private static readonly (string Name, string Supplier)[] Excipients =
    [
        ("Lactoză monohidrat", "brenntag"), ("Celuloză microcristalină PH 101", "brenntag"), ("Celuloză microcristalină PH 102", "brenntag"),
        ("Amidon de porumb", "roquette"), ("Stearat de magneziu", "brenntag"), ("Povidonă K30", "basf"), ("Croscarmeloză sodică", "brenntag"),
        ("Dioxid de siliciu coloidal", "merck"), ("Talc", "brenntag"), ("Manitol", "roquette"), ("Sorbitol soluție 70%", "roquette"),
        ("Glicerol 85%", "brenntag"), ("Propilenglicol", "basf"), ("Zahăr (zaharoză)", "brenntag"), ("Acid citric monohidrat", "brenntag"),
        ("Benzoat de sodiu", "brenntag"), ("Parahidroxibenzoat de metil", "merck"), ("Hipromeloză 6 cP", "colorcon"),
        ("Opadry II alb", "colorcon"), ("Oxid de fier roșu", "colorcon"), ("Vaselină albă", "brenntag"), ("Parafină lichidă", "brenntag"),
        ("Alcool cetilic", "basf"), ("Aromă de căpșuni", "chemie"),
    ];

    private static readonly (string Name, string Um)[] PrimaryPackaging =
    [
        ("Folie PVC/PVDC 250 µm", "kg"), ("Folie aluminiu 20 µm termolac", "kg"), ("Flacon sticlă brună 100 ml", "buc"),
        ("Flacon sticlă brună 200 ml", "buc"), ("Dop PP cu sigiliu 28 mm", "buc"), ("Tub aluminiu 30 g", "buc"), ("Tub aluminiu 50 g", "buc"),
        ("Flacon PET 150 ml", "buc"), ("Pipetă dozare 5 ml", "buc"), ("Linguriță dozare 5 ml", "buc"),
    ];

    private static readonly (string Name, string Form, string Category)[] Products =
    [
        ("Paracetamol 500 mg", "comprimate x 20", "tablets"), ("Paracetamol 250 mg/5 ml", "suspensie orală 100 ml", "liquids"),
        ("Ibuprofen 400 mg", "comprimate filmate x 10", "tablets"), ("Ibuprofen 200 mg", "comprimate filmate x 20", "tablets"),
        ("Aspirin Protect 100 mg", "comprimate gastrorezistente x 30", "tablets"), ("Metformin 850 mg", "comprimate filmate x 30", "tablets"),
        ("Metformin 1000 mg", "comprimate filmate x 60", "tablets"), ("Amoxicilină 500 mg", "capsule x 16", "tablets"),
        ("Amoxicilină 250 mg/5 ml", "pulbere pentru suspensie orală", "liquids"), ("Omeprazol 20 mg", "capsule gastrorezistente x 28", "tablets"),
        ("Diclofenac 50 mg", "comprimate gastrorezistente x 20", "tablets"), ("Diclofenac 1%", "gel 50 g", "semisolids"),
        ("Cetirizină 10 mg", "comprimate filmate x 10", "tablets"), ("Cetirizină 1 mg/ml", "soluție orală 200 ml", "liquids"),
        ("Loratadină 10 mg", "comprimate x 10", "tablets"), ("Simvastatină 20 mg", "comprimate filmate x 28", "tablets"),
        ("Atorvastatină 20 mg", "comprimate filmate x 30", "tablets"), ("Atorvastatină 40 mg", "comprimate filmate x 30", "tablets"),
        ("Amlodipină 5 mg", "comprimate x 30", "tablets"), ("Amlodipină 10 mg", "comprimate x 30", "tablets"),
        ("Losartan 50 mg", "comprimate filmate x 28", "tablets"), ("Metoprolol 50 mg", "comprimate x 30", "tablets"),
        ("Vitamina C 500 mg", "comprimate masticabile x 30", "tablets"), ("Vitamina C 1000 mg", "comprimate efervescente x 20", "tablets"),
        ("Vitamina B6 250 mg", "comprimate x 50", "tablets"), ("Paracetamol + Cafeină", "comprimate x 12", "tablets"),
        ("Dexametazonă 0,1%", "picături oftalmice 5 ml", "liquids"), ("Ambroxol 15 mg/5 ml", "sirop 100 ml", "liquids"),
        ("Ambroxol 30 mg", "comprimate x 20", "tablets"), ("Drotaverină 40 mg", "comprimate x 20", "tablets"),
        ("Unguent cu vaselină", "unguent 30 g", "semisolids"), ("Cremă hidratantă cu glicerină", "cremă 50 g", "semisolids"),
        ("Sirop de tuse pentru copii", "sirop 150 ml", "liquids"), ("Ibuprofen 100 mg/5 ml", "suspensie orală 100 ml", "liquids"),
        ("Omeprazol 40 mg", "capsule gastrorezistente x 14", "tablets"), ("Loratadină 1 mg/ml", "sirop 100 ml", "liquids"),
        ("Simvastatină 40 mg", "comprimate filmate x 28", "tablets"), ("Losartan 100 mg", "comprimate filmate x 28", "tablets"),
        ("Metoprolol 100 mg", "comprimate x 30", "tablets"), ("Cafeină 100 mg", "comprimate x 20", "tablets"),
        ("Unguent cu oxid de zinc", "unguent 40 g", "semisolids"),
    ];

    private static readonly (string Name, string Um)[] LabItems =
    [
        ("Metanol HPLC", "l"), ("Acetonitril HPLC", "l"), ("Acid fosforic 85%", "l"), ("Hidroxid de sodiu 0,1 M", "l"),
        ("Soluție tampon pH 7,00", "l"), ("Soluție tampon pH 4,01", "l"), ("Hârtie de filtru cantitativă", "cut"),
        ("Vial HPLC 2 ml cu capac", "cut"), ("Filtru seringă 0,45 µm", "cut"), ("Seringă 5 ml", "cut"),
        ("Coloană HPLC C18 250 x 4,6 mm", "buc"), ("Standard de referință paracetamol", "g"), ("Standard de referință ibuprofen", "g"),
        ("Mănuși nitril mărimea M", "cut"), ("Apă pentru HPLC", "l"),
    ];

    private static readonly string[] CleaningItems =
    [
        "Alcool izopropilic 70%", "Detergent alcalin pentru echipamente", "Dezinfectant suprafețe pe bază de clor",
        "Șervețele fără scame", "Mop cameră curată", "Saci menajeri 120 l",
    ];

    /// <summary>About two hundred articles, in a stable order.</summary>
    public static IReadOnlyList<Item> Articles { get; } = BuildArticles();

    /// <summary>The company each raw material and packaging item is bought from.</summary>
    public static IReadOnlyDictionary<string, string> MainSupplier { get; } = BuildSuppliers();

    private static List<Item> BuildArticles()
    {
        var items = new List<Item>();
        items.AddRange(ActiveSubstances.Select((a, i) => new Item($"MP-{i + 1:000}", a.Name, "kg", "api", "Substanță activă, Ph. Eur.", true, 1095, "15–25 °C, ferit de lumină")));
        items.AddRange(Excipients.Select((e, i) => new Item($"EX-{i + 1:000}", e.Name, "kg", "excipients", "Excipient, Ph. Eur.", true, 1460, "15–25 °C")));
        items.AddRange(PrimaryPackaging.Select((p, i) => new Item($"AP-{i + 1:000}", p.Name, p.Um, "primary", "Ambalaj primar", true, 0, "")));
        for (var i = 0; i < Products.Length; i++)
        {
            var (name, form, category) = Products[i];
            items.Add(new Item($"PF-{i + 1:000}", $"{name} {form}", "cut", category, form, true, 730, "Sub 25 °C"));
            items.Add(new Item($"AS-{2 * i + 1:000}", $"Cutie {name} {form}", "buc", "secondary", "Cutie carton tipărită", false, 0, ""));
            items.Add(new Item($"AS-{2 * i + 2:000}", $"Prospect {name}", "buc", "secondary", "Prospect pliat", false, 0, ""));
        }
        items.AddRange(LabItems.Select((l, i) => new Item($"LAB-{i + 1:000}", l.Name, l.Um, "lab", "Laborator control calitate", l.Um is "l" or "g", l.Um is "l" or "g" ? 730 : 0, "")));
        items.AddRange(CleaningItems.Select((c, i) => new Item($"CUR-{i + 1:000}", c, "buc", "cleaning", "Igienizare", false, 0, "")));
        return items;
    }

    private static Dictionary<string, string> BuildSuppliers()
    {
        var suppliers = new Dictionary<string, string>();
        for (var i = 0; i < ActiveSubstances.Length; i++)
            suppliers[$"MP-{i + 1:000}"] = ActiveSubstances[i].Supplier;
        for (var i = 0; i < Excipients.Length; i++)
            suppliers[$"EX-{i + 1:000}"] = Excipients[i].Supplier;
        for (var i = 0; i < PrimaryPackaging.Length; i++)
            suppliers[$"AP-{i + 1:000}"] = i < 2 ? "amcor" : "gerresheimer";
        for (var i = 0; i < 2 * Products.Length; i++)
            suppliers[$"AS-{i + 1:000}"] = "tipografia";
        for (var i = 0; i < LabItems.Length; i++)
            suppliers[$"LAB-{i + 1:000}"] = i < 6 ? "merck" : "labsupply";
        return suppliers;
    }
}
