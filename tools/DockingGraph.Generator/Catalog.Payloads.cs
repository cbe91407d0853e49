using System.Collections.Frozen;

namespace DockingGraph.Generator;

internal static partial class Catalog
{
    public static readonly FrozenDictionary<int, string> PayloadTypes = new Dictionary<int, string>
    {
        [2] = "Lunar Lander",
        [3] = "Lunar Orbiter",
        [4] = "Servicing Vehicle",
        [5] = "Communication Satellite",
        [6] = "Space Station Module",
        [10] = "Sample Ascender",
        [11] = "Technology Demonstrator",
    }.ToFrozenDictionary();

    /// <summary>A payload chaser's mission type, by its payload's type.</summary>
    public static readonly FrozenDictionary<int, string> PayloadMissionTypes = new Dictionary<int, string>
    {
        [2] = "Lunar Exploration",
        [3] = "Lunar Exploration",
        [4] = "Satellite Servicing",
        [5] = "Communications",
        [6] = "Space Station Assembly",
        [10] = "Lunar Exploration",
        [11] = "Technology",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, PayloadRow> Payloads = new PayloadRow[]
    {
        new(21, "Chang'e 5 Ascender", 10, 88, 17, 2094, 800, null, 18, 515, "Chang'e", 11, "Chang'e 5 Orbiter", Return.Impact, "Ascent stage of Chang'e 5, carrying the lunar samples to the orbiter."),
        new(22, "Chang'e 5 Orbiter", 3, 88, 17, 2094, 2300, null, 18, 34, "Long March 5", 11, "Moon", Return.Burn, "Orbiter and return module of the Chinese lunar sample return mission Chang'e 5."),
        new(8, "Chang'e 6", 2, 88, 17, 2094, 8350, null, 18, 34, "Long March 5", 11, "Moon", Return.Lunar, "Chang'e 6 (嫦娥六号), the first sample return from the far side of the Moon."),
        new(26, "Chang'e 6 Sample Ascender", 10, 88, 17, 2170, 800, null, 18, 515, "Chang'e", 11, "Chang'e 6", Return.Impact, "Sample ascender of the Chang'e 6 mission."),
        new(30, "MEV-1", 4, 1129, 1129, 2095, 2326, null, 25, 42, "Proton-M", 12, "Intelsat 901", Return.Burn, "Mission Extension Vehicle 1, the first commercial satellite servicing spacecraft."),
        new(31, "Intelsat 901", 5, 1115, 1130, 2095, 4723, null, 0, 0, "Ariane 44L", 12, "Geostationary Orbit", Return.Burn, "A geostationary communications satellite operated by Intelsat, launched in 2001."),
        new(32, "MEV-2", 4, 1129, 1129, 2095, 2875, 75000000, 25, 18, "Ariane 5 ES", 12, "Intelsat 10-02", Return.Burn, "Mission Extension Vehicle 2, docked directly to an operating satellite in geostationary orbit."),
        new(33, "Intelsat 10-02", 5, 1115, 1130, 2095, 5575, null, 0, 0, "Proton-M", 12, "Geostationary Orbit", Return.Burn, "A communications satellite built by Astrium for Intelsat."),
        new(34, "ELSA-d Servicer", 11, 1131, 1131, 2095, 175, null, 0, 27, "Soyuz 2.1a", 14, "ELSA-d Client", Return.Burn, "End-of-Life Services by Astroscale demonstration: the servicer."),
        new(35, "ELSA-d Client", 11, 1131, 1131, 2095, 17, null, 0, 0, "Soyuz 2.1a", 14, "Sun-Synchronous Orbit", Return.Burn, "End-of-Life Services by Astroscale demonstration: the client."),
        new(40, "Nauka (Наука)", 6, 1112, 1101, 2096, 20350, null, 17, 42, "Proton-M", 8, "International Space Station", Return.Burn, "Nauka (Многоцелевой лабораторный модуль), the Russian multipurpose laboratory module of the ISS."),
        new(41, "Prichal (Причал)", 6, 1000, 1101, 2096, 4650, null, 17, 27, "Soyuz 2.1a", 8, "International Space Station", Return.Burn, "Prichal, the Russian nodal module of the ISS, with six docking ports."),
        new(42, "Wentian (问天实验舱)", 6, 1121, 1103, 2097, 23000, null, 21, 34, "Long March 5", 8, "Tiangong space station", Return.Burn, "Wentian, the first laboratory cabin module of the Tiangong space station."),
        new(43, "Mengtian (梦天实验舱)", 6, 1121, 1103, 2097, 23000, null, 21, 34, "Long March 5", 8, "Tiangong space station", Return.Burn, "Mengtian, the second laboratory cabin module of the Tiangong space station."),
        new(44, "Kvant-1 (Квант-1)", 6, 1112, 66, 2098, 10600, null, 23, 36, "Proton-K", 8, "Mir", Return.Burn, "Kvant-1, the first module added to Mir, an astrophysics laboratory."),
        new(45, "Kvant-2 (Квант-2)", 6, 1112, 66, 2098, 19565, null, 23, 36, "Proton-K", 8, "Mir", Return.Burn, "Kvant-2, the Mir augmentation module with the EVA airlock."),
        new(46, "Kristall (Кристалл)", 6, 1112, 66, 2098, 19640, null, 23, 36, "Proton-K", 8, "Mir", Return.Burn, "Kristall, the Mir technology module with the androgynous docking ports."),
        new(47, "Spektr (Спектр)", 6, 1112, 63, 2098, 19640, null, 23, 36, "Proton-K", 8, "Mir", Return.Burn, "Spektr, the Mir remote sensing module, holed in the 1997 collision."),
        new(48, "Priroda (Природа)", 6, 1112, 63, 2098, 19340, null, 23, 36, "Proton-K", 8, "Mir", Return.Burn, "Priroda, the last module added to Mir, for Earth observation."),
        new(49, "Zvezda (Звезда)", 6, 1112, 63, 2096, 19051, 340000000, 17, 36, "Proton-K", 8, "International Space Station", Return.Burn, "Zvezda, the service module of the Russian Orbital Segment of the ISS."),
    }.ToFrozenDictionary(p => p.Id);

    public static readonly PayloadPairRow[] PayloadPairs =
    [
        new(21, 22, null, Utc(2020, 12, 5), 1, true),
        new(26, 8, null, Utc(2024, 6, 6), 1, true),
        new(30, 31, null, Utc(2020, 2, 25), 2, false),
        new(32, 33, null, Utc(2021, 4, 12), 2, false),
        new(34, 35, null, Utc(2021, 8, 25), 3, false),
        new(40, null, 4, Utc(2021, 7, 29), 1, false),
        new(41, null, 4, Utc(2021, 11, 26), 1, false),
        new(42, null, 18, Utc(2022, 7, 24), 1, false),
        new(43, null, 18, Utc(2022, 10, 31), 1, false),
        new(44, null, 2, Utc(1987, 4, 9), 3, false),
        new(45, null, 2, Utc(1989, 12, 6), 1, false),
        new(46, null, 2, Utc(1990, 6, 10), 1, false),
        new(47, null, 2, Utc(1995, 6, 1), 1, false),
        new(48, null, 2, Utc(1996, 4, 26), 1, false),
        new(49, null, 4, Utc(2000, 7, 26), 1, false),
    ];
}
