using System.Collections.Frozen;

namespace DockingGraph.Generator;

/// <summary>The shared records: a fixed catalogue, so every event that names one embeds the same one.</summary>
internal static partial class Catalog
{
    public static readonly FrozenDictionary<int, string> AgencyTypes = new Dictionary<int, string>
    {
        [1] = "Government",
        [2] = "Multinational",
        [3] = "Commercial",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, CountryRow> Countries = new CountryRow[]
    {
        new(1, "France", "FR", "FRA", "French", "Franco"),
        new(2, "United States of America", "US", "USA", "American", "Americano"),
        new(3, "Russia", "RU", "RUS", "Russian", "Russo"),
        new(4, "Japan", "JP", "JPN", "Japanese", "Japo"),
        new(5, "India", "IN", "IND", "Indian", "Indo"),
        new(6, "China", "CN", "CHN", "Chinese", "Sino"),
        new(7, "Germany", "DE", "DEU", "German", "Germano"),
        new(8, "Italy", "IT", "ITA", "Italian", "Italo"),
        new(9, "Canada", "CA", "CAN", "Canadian", "Canado"),
        new(10, "Brazil", "BR", "BRA", "Brazilian", "Brasilo"),
        new(11, "Kazakhstan", "KZ", "KAZ", "Kazakhstani", "Kazakho"),
        new(12, "United Kingdom", "GB", "GBR", "British", "Anglo"),
        new(13, "Israel", "IL", "ISR", "Israeli", "Israelo"),
        new(14, "South Korea", "KR", "KOR", "South Korean", "Koreo"),
        new(15, "New Zealand", "NZ", "NZL", "New Zealander", "Zelando"),
        new(16, "United Arab Emirates", "AE", "ARE", "Emirati", "Emirato"),
        new(17, "Spain", "ES", "ESP", "Spanish", "Hispano"),
        new(18, "Luxembourg", "LU", "LUX", "Luxembourgish", "Luxo"),
        new(19, "Ukraine", "UA", "UKR", "Ukrainian", "Ukraino"),
        new(50, "French Guiana", "GF", "GUF", "French Guianan", "Franco-Guiano"),
    }.ToFrozenDictionary(c => c.Id);

    public static readonly FrozenDictionary<int, AgencyRow> Agencies = new AgencyRow[]
    {
        new(44, "National Aeronautics and Space Administration", "NASA", 1, [2], 1958, "Administrator: Bill Nelson", "Space Shuttle | SLS", "Orion", null),
        new(63, "Russian Federal Space Agency (ROSCOSMOS)", "RFSA", 1, [3], 1992, "Director General: Yury Borisov", "Soyuz | Proton | Angara", "Soyuz | Progress", null),
        new(66, "Soviet Space Program", "CCCP", 1, [3], 1955, "", "Vostok | Soyuz | Proton | Energia", "Soyuz | Progress | Buran", null),
        new(1101, "Государственная корпорация «Роскосмос»", "Роскосмос", 1, [3], 2015, "Генеральный директор: Дмитрий Баканов", "Союз | Ангара", "Союз МС | Прогресс МС", null),
        new(1123, "Интеркосмос (Interkosmos)", "IK", 2, [3], 1967, "", "", "", null),
        new(1000, "Energia", "OKB-1", 1, [3], 1946, "General Designer: Vladimir Solovyov", "Energia", "Soyuz | Progress", null),
        new(1112, "Khrunichev State Research and Production Space Center", "KhSC", 1, [3], 1916, "", "Proton | Angara", "TKS", "Roscosmos"),
        new(1113, "Progress Rocket Space Centre (РКЦ «Прогресс»)", "TsSKB", 1, [3], 1996, "", "Soyuz", "", "Roscosmos"),
        new(115, "Arianespace", "ASA", 3, [1], 1980, "CEO: David Cavaillolès", "Ariane | Vega", "", "ArianeGroup"),
        new(27, "European Space Agency", "ESA", 2, [1, 7, 8, 17, 12, 18], 1975, "Director General: Josef Aschbacher", "Ariane | Vega", "ATV", null),
        new(1104, "Centre national d'études spatiales", "CNES", 1, [1], 1961, "Président: Philippe Baptiste", "Diamant", "", null),
        new(1105, "Deutsches Zentrum für Luft- und Raumfahrt", "DLR", 1, [7], 1969, "", "", "", null),
        new(1106, "Agenzia Spaziale Italiana", "ASI", 1, [8], 1988, "", "Vega", "", null),
        new(1115, "Airbus Defence and Space", "ADS", 3, [1, 7], 2014, "", "", "ATV", "Airbus"),
        new(1116, "Thales Alenia Space", "TAS", 3, [1, 8], 2007, "", "", "Cygnus PCM", "Thales Group"),
        new(17, "China National Space Administration", "CNSA", 1, [6], 1993, "Administrator: Zhang Kejian", "", "Shenzhou", null),
        new(88, "China Aerospace Science and Technology Corporation", "CASC", 1, [6], 1999, "Chairman & President: Lei Fanpei", "Long March", "", null),
        new(1103, "中国载人航天工程办公室", "CMSA", 1, [6], 1992, "", "", "神舟 | 天舟", null),
        new(1121, "China Academy of Space Technology", "CAST", 1, [6], 1968, "", "", "Shenzhou | Tianzhou | Chang'e", "CASC"),
        new(37, "Japan Aerospace Exploration Agency", "JAXA", 1, [4], 2003, "President: Hiroshi Yamakawa", "H-IIA | H3", "HTV", null),
        new(1114, "Mitsubishi Heavy Industries", "MHI", 3, [4], 1884, "", "H-IIA | H-IIB | H3", "", null),
        new(16, "Canadian Space Agency", "CSA", 1, [9], 1989, "President: Lisa Campbell", "", "", null),
        new(31, "Indian Space Research Organization", "ISRO", 1, [5], 1969, "Chairman: V. Narayanan", "PSLV | GSLV | LVM3", "Gaganyaan", null),
        new(1102, "Agência Espacial Brasileira", "AEB", 1, [10], 1994, "Presidente: Marco Antonio Chamon", "VLS", "", null),
        new(1107, "Mohammed bin Rashid Space Centre", "MBRSC", 1, [16], 2006, "", "", "", null),
        new(1108, "Korea Aerospace Research Institute", "KARI", 1, [14], 1989, "", "Nuri", "", null),
        new(1125, "UK Space Agency", "UKSA", 1, [12], 2010, "", "", "", null),
        new(1126, "Israel Space Agency", "ISA", 1, [13], 1983, "", "Shavit", "", null),
        new(1127, "Instituto Nacional de Técnica Aeroespacial", "INTA", 1, [17], 1942, "", "", "", null),
        new(1128, "Luxembourg Space Agency", "LSA", 1, [18], 2018, "", "", "", null),
        new(121, "SpaceX", "SpX", 3, [2], 2002, "CEO: Elon Musk", "Falcon | Starship", "Dragon", null),
        new(257, "Northrop Grumman Space Systems", "NGSS", 3, [2], 1994, "", "Antares | Minotaur | Pegasus", "Cygnus", "Northrop Grumman"),
        new(1129, "SpaceLogistics", "SL", 3, [2], 2017, "", "", "MEV | MRV", "Northrop Grumman"),
        new(80, "Boeing", "BA", 3, [2], 1916, "CEO: Kelly Ortberg", "", "CST-100 Starliner", null),
        new(124, "United Launch Alliance", "ULA", 3, [2], 2006, "CEO: Tory Bruno", "Atlas V | Vulcan", "", "Boeing | Lockheed Martin"),
        new(999, "North American Aviation", "", 3, [2], 1928, "", "", "Apollo CSM", null),
        new(1111, "Sierra Space", "SS", 3, [2], 2021, "CEO: Fatih Ozmen", "", "Dream Chaser", "Sierra Nevada Corporation"),
        new(1110, "Axiom Space", "AX", 3, [2], 2016, "", "", "Axiom Station", null),
        new(1130, "Intelsat", "ITS", 3, [18], 1964, "", "", "", null),
        new(1131, "Astroscale", "AST", 3, [4], 2013, "", "", "ELSA", null),
    }.ToFrozenDictionary(a => a.Id);

    /// <summary>Social networks: (name, address); an agency's links point into them.</summary>
    public static readonly (string Name, string Url)[] SocialMedia =
    [
        ("Twitter", "https://twitter.com"),
        ("YouTube", "https://www.youtube.com"),
        ("Instagram", "https://www.instagram.com"),
        ("Facebook", "https://www.facebook.com"),
        ("LinkedIn", "https://www.linkedin.com"),
        ("Weibo (微博)", "https://weibo.com"),
        ("VK (ВКонтакте)", "https://vk.com"),
    ];

    public static readonly FrozenDictionary<int, (string Name, int Priority, string? Link)> Licenses = new Dictionary<int, (string, int, string?)>
    {
        [1] = ("Unknown", 9, null),
        [2] = ("ESA Standard Licence", 2, "https://www.esa.int/ESA_Multimedia/Terms_and_conditions_of_use_of_images_and_videos_available_on_the_esa_website"),
        [4] = ("NASA Image and Media Guidelines", 0, "https://www.nasa.gov/nasa-brand-center/images-and-media/"),
        [6] = ("CC BY-NC 2.0", 5, "https://creativecommons.org/licenses/by-nc/2.0/"),
        [20] = ("CC BY-SA 4.0", 6, "https://creativecommons.org/licenses/by-sa/4.0/"),
        [25] = ("CC0 1.0", 3, "https://creativecommons.org/publicdomain/zero/1.0/deed.en"),
    }.ToFrozenDictionary();

    public static readonly string[] VariantTypes = ["transparent for light background", "transparent for dark background", "white", "black"];
}
