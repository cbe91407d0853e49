using System.Collections.Frozen;

namespace DockingGraph.Generator;

internal static partial class Catalog
{
    public static readonly FrozenDictionary<int, string> SpacecraftTypes = new Dictionary<int, string>
    {
        [2] = "Capsule",
        [3] = "Spaceplane",
        [4] = "Cargo Resupply",
        [7] = "Lander",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, FamilyRow> Families = new FamilyRow[]
    {
        new(1, "Soyuz", 1000, null, "1966-11-28", "The Soyuz is a Russian spacecraft that carries crews to and from space stations in low Earth orbit."),
        new(14, "Soyuz 7K", 1000, 1, "1967-04-23", "The first generation of Soyuz spacecraft (Союз 7К), flown from 1967 to 1981."),
        new(2, "Progress", 1000, null, "1978-01-20", "The Progress is a Russian expendable cargo spacecraft. Its purpose is to deliver the supplies needed to sustain a human presence in orbit."),
        new(6, "Dragon", 121, null, "2010-12-08", "Dragon is a family of spacecraft developed and produced by American private space transportation company SpaceX."),
        new(7, "Dragon 2", 121, 6, "2019-03-02", "Dragon 2 is a family of spacecraft developed and produced by SpaceX. It was redesigned for human spaceflight, and is capable of docking to the ISS."),
        new(8, "Cygnus", 257, null, "2013-09-18", "Cygnus is an expendable American cargo spacecraft developed by Orbital Sciences Corporation for resupply of the ISS."),
        new(9, "H-II Transfer Vehicle", 1114, null, "2009-09-10", "The H-II Transfer Vehicle (HTV), also called Kounotori (こうのとり), is an automated cargo spacecraft used to resupply the Kibō module."),
        new(10, "Shenzhou (神舟)", 1121, null, "1999-11-19", "Shenzhou is the spacecraft of the China Manned Space Program, carrying taikonauts to Tiangong."),
        new(11, "Tianzhou (天舟)", 1121, null, "2017-04-20", "Tianzhou is a Chinese automated cargo spacecraft developed from the Tiangong-1 design."),
        new(12, "Apollo", 999, null, "1966-02-26", "The Apollo spacecraft: the command and service module and the lunar module."),
        new(13, "Space Shuttle", 999, null, "1981-04-12", "The Space Shuttle orbiter, a partially reusable low Earth orbital spacecraft."),
        new(15, "TKS", 1112, null, "1977-07-17", "TKS (Транспортный корабль снабжения) was a Soviet spacecraft designed for resupplying military space stations."),
        new(16, "Automated Transfer Vehicle", 1115, null, "2008-03-09", "The ATV was an expendable cargo spacecraft developed by the European Space Agency."),
        new(17, "Dream Chaser", 1111, null, null, "Dream Chaser is a reusable lifting-body spaceplane developed by Sierra Space."),
    }.ToFrozenDictionary(f => f.Id);

    /// <summary>The configurations that dock to stations; the motherships and the lunar module dock only to each other (<see cref="VehiclePairs"/>).</summary>
    public static readonly ConfigRow[] ConfigRows =
    [
        new(38, "Soyuz 7K-OKS", 2, 1000, [1, 14], false, 1971, 1971, Bloc.Soviet, true, Return.Steppe, [24], 1928, "Soyuz #", 0, []),
        new(22, "Soyuz 7K-T", 2, 1000, [1, 14], false, 1973, 1981, Bloc.Soviet, true, Return.Steppe, [25], 1928, "Soyuz #", 0, []),
        new(23, "Soyuz T", 2, 1000, [1], false, 1980, 1986, Bloc.Soviet, true, Return.Steppe, [25], 1928, "Soyuz T-#", 0, []),
        new(24, "Soyuz TM", 2, 1000, [1], false, 1986, 2002, Bloc.Soviet, true, Return.Steppe, [25], 1927, "Soyuz TM-#", 0, []),
        new(25, "Soyuz TMA", 2, 63, [1], false, 2002, 2011, Bloc.Soviet, true, Return.Steppe, [26], 1927, "Soyuz TMA-#", 0, []),
        new(7, "Soyuz TMA-M", 2, 63, [1], false, 2010, 2016, Bloc.Soviet, true, Return.Steppe, [26], 1927, "Soyuz TMA-#M", 0, []),
        new(6, "Soyuz MS", 2, 1101, [1], true, 2016, 2025, Bloc.Soviet, true, Return.Steppe, [26, 27], 1926, "Soyuz MS-#", 0, []),
        new(26, "Progress", 4, 1000, [2], false, 1978, 1990, Bloc.Soviet, false, Return.Burn, [25], 1925, "Progress #", 0, []),
        new(27, "Progress M", 4, 63, [2], false, 1989, 2009, Bloc.Soviet, false, Return.Burn, [25], 1925, "Progress M-#", 0, []),
        new(34, "Progress M-M", 4, 63, [2], false, 2008, 2015, Bloc.Soviet, false, Return.Burn, [25], 1925, "Progress M-#M", 0, []),
        new(33, "Progress-MS", 4, 63, [2], true, 2015, 2025, Bloc.Soviet, false, Return.Burn, [27], 1924, "Progress MS-#", 0, []),
        new(37, "Progress M-UM", 4, 63, [2], false, 2021, 2021, Bloc.Soviet, false, Return.Burn, [27], 1925, "Progress M-UM", 0, []),
        new(28, "TKS (ТКС)", 4, 1112, [15], false, 1977, 1985, Bloc.Soviet, false, Return.Burn, [36], 1096, "Kosmos 1#", 0, []),
        new(17, "Automated Transfer Vehicle (ATV)", 4, 115, [16], false, 2008, 2014, Bloc.European, false, Return.Burn, [18], 1903, "ATV-#", 0, []),
        new(16, "H-II Transfer Vehicle (こうのとり)", 4, 37, [9], false, 2009, 2020, Bloc.Japanese, false, Return.Burn, [30], 1090, "HTV-# (こうのとり#号機)", 0, []),
        new(31, "HTV-X", 4, 37, [9], true, 2025, 2025, Bloc.Japanese, false, Return.Burn, [31], 1090, "HTV-X#", 0, []),
        new(14, "Dragon 1", 4, 121, [6], false, 2012, 2020, Bloc.American, false, Return.Ocean, [28], 1088, "SpaceX CRS-#", 19, ["C101", "C102", "C106", "C108", "C110", "C111", "C112", "C113"]),
        new(12, "Cargo Dragon 2", 4, 121, [6, 7], true, 2020, 2025, Bloc.American, false, Return.Ocean, [164], 1086, "Dragon CRS-2 SpX-#", 19, ["C208", "C209", "C211"]),
        new(13, "Crew Dragon", 2, 121, [6, 7], true, 2020, 2025, Bloc.American, true, Return.Ocean, [164], 1087, "SpaceX Crew-#", 20, ["Endeavour C206", "Resilience C207", "Endurance C210", "Freedom C212", "Grace C213"]),
        new(15, "Cygnus", 4, 257, [8], true, 2013, 2025, Bloc.American, false, Return.Burn, [35, 164], 1089, "Cygnus NG-#", 19, []),
        new(20, "CST-100 Starliner", 2, 80, [], true, 2022, 2024, Bloc.American, true, Return.Desert, [29], 1091, "Starliner-#", 20, ["Calypso", "Spacecraft 2"]),
        new(21, "Space Shuttle Orbiter", 3, 44, [13], false, 1995, 2011, Bloc.American, true, Return.Runway, [37], 1092, "STS-#", 26, ["Columbia OV-102", "Challenger OV-099", "Discovery OV-103", "Atlantis OV-104", "Endeavour OV-105"]),
        new(30, "Dream Chaser", 3, 1111, [17], true, 2025, 2025, Bloc.American, false, Return.Runway, [41], 1093, "Dream Chaser DC-#", 19, ["Tenacity"]),
        new(10, "Apollo Command/Service Module", 2, 999, [12], false, 1973, 1974, Bloc.American, true, Return.Ocean, [38], 1902, "Skylab #", 0, []),
        new(18, "Shenzhou (神舟)", 2, 1103, [10], true, 2011, 2025, Bloc.Chinese, true, Return.Dongfeng, [32], 1094, "Shenzhou-# (神舟#号)", 0, []),
        new(19, "Tianzhou (天舟)", 4, 1121, [11], true, 2017, 2025, Bloc.Chinese, false, Return.Burn, [33], 1095, "Tianzhou-# (天舟#号)", 0, []),
        new(43, "Apollo Lunar Module", 7, 44, [12], false, 1969, 1972, Bloc.None, true, Return.Impact, [513], 2089, "Apollo #", 4, []),
        new(44, "Soyuz 7K-OK", 2, 1000, [1, 14], false, 1967, 1970, Bloc.None, true, Return.Steppe, [24], 1928, "Soyuz #", 0, []),
        new(45, "Soyuz 7K-TM", 2, 1000, [1, 14], false, 1974, 1976, Bloc.None, true, Return.Steppe, [25], 1928, "Soyuz #", 0, []),
    ];

    public static readonly FrozenDictionary<int, ConfigRow> Configs = ConfigRows.ToFrozenDictionary(c => c.Id);

    public static readonly FrozenDictionary<int, string> SpacecraftStatuses = new Dictionary<int, string>
    {
        [1] = "Active",
        [2] = "Retired",
        [3] = "Destroyed",
        [4] = "Single Use",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, string> LauncherFamilies = new Dictionary<int, string>
    {
        [1] = "Soyuz",
        [2] = "Falcon",
        [3] = "Atlas",
        [4] = "H-II",
        [5] = "Long March (长征)",
        [6] = "Proton",
        [7] = "Saturn",
        [8] = "Antares",
        [9] = "Space Shuttle",
        [11] = "R-7",
        [12] = "Vulcan",
        [59] = "Ariane",
        [61] = "Ariane 5",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, LauncherRow> Launchers = new LauncherRow[]
    {
        new(24, "Soyuz", "Soyuz 11A511", "11A511", [11, 1], 66, [31, 32], 1928),
        new(25, "Soyuz-U", "Soyuz-U 11A511U", "U", [11, 1], 1113, [31, 32], 1699),
        new(26, "Soyuz-FG", "Soyuz-FG", "FG", [11, 1], 63, [31], 1688),
        new(27, "Soyuz 2.1a", "Soyuz 2.1a", "2.1a", [11, 1], 1101, [31, 32], 1688),
        new(36, "Proton-K", "Proton-K 8K82K", "K", [6], 1112, [33, 34], 1694),
        new(42, "Proton-M", "Proton-M/Briz-M", "M", [6], 1112, [34], 1694),
        new(18, "Ariane 5 ES", "Ariane 5 ES", "ES", [59, 61], 115, [77], 1687),
        new(30, "H-IIB", "H-IIB", "B", [4], 1114, [39], 1692),
        new(31, "H3-24W", "H3-24W", "24W", [4], 1114, [39], 1692),
        new(28, "Falcon 9 v1.1", "Falcon 9 v1.1", "v1.1", [2], 121, [80], 1689),
        new(164, "Falcon 9 Block 5", "Falcon 9 Block 5", "Block 5", [2], 121, [87, 80], 1689),
        new(29, "Atlas V N22", "Atlas V N22", "N22", [3], 124, [27], 1690),
        new(41, "Vulcan VC4L", "Vulcan Centaur VC4L", "VC4L", [12], 124, [27], 1700),
        new(35, "Antares 230+", "Antares 230+", "230+", [8], 257, [45], 1693),
        new(37, "Space Shuttle", "Space Shuttle", "", [9], 44, [87, 88], 1695),
        new(38, "Saturn IB", "Saturn IB", "IB", [7], 44, [88], 1696),
        new(32, "Long March 2F", "Long March 2F (长征二号F)", "F", [5], 88, [130], 1691),
        new(33, "Long March 7", "Long March 7 (长征七号)", "", [5], 88, [131], 1697),
        new(34, "Long March 5", "Long March 5 (长征五号)", "", [5], 88, [132], 1698),
        new(513, "Apollo LM", "Apollo LM Ascent Stage", "", [], 44, [228, 229, 230], 2161),
        new(515, "Chang'e", "Chang'e Sample Ascender", "", [], 17, [232, 233], 2170),
    }.ToFrozenDictionary(l => l.Id);

    public static readonly StationRow[] Stations =
    [
        new(1, "Salyut 1", Utc(1971, 4, 19), Utc(1971, 10, 11), Bloc.Soviet, 66, 22, 1948, 1, [], [(1, "Salyut 1 forward")]),
        new(3, "Skylab", Utc(1973, 5, 14), Utc(1974, 2, 8), Bloc.American, 44, 24, 1943, 1, [], [(10, "Skylab axial port"), (11, "Skylab radial port")]),
        new(5, "Salyut 6", Utc(1977, 9, 29), Utc(1982, 7, 29), Bloc.Soviet, 66, 22, 1944, 1, [1123], [(20, "Salyut 6 forward"), (21, "Salyut 6 aft")]),
        new(6, "Salyut 7 (Салют-7)", Utc(1982, 4, 19), Utc(1986, 8, 22), Bloc.Soviet, 66, 22, 1945, 1, [1123, 1104, 31], [(25, "Salyut 7 forward"), (26, "Salyut 7 aft")]),
        new(2, "Mir (Мир)", Utc(1986, 2, 19), Utc(2001, 3, 23), Bloc.Soviet | Bloc.American, 66, 23, 1942, 2, [1104, 1105, 27, 1125, 37], [(30, "Mir forward"), (31, "Kvant-1 aft"), (32, "Mir Docking Module (Стыковочный отсек)")]),
        new(4, "International Space Station", Utc(1998, 11, 20), Utc(2026, 1, 1), Bloc.Soviet | Bloc.American | Bloc.European | Bloc.Japanese, 44, 17, 1952, 4, [27, 37, 16, 1104, 1105, 1106, 1102, 1107, 1108, 1125, 1126, 1127, 1128, 1110], [(40, "Harmony forward"), (2, "Zvezda aft"), (41, "Harmony zenith"), (42, "Poisk zenith (Поиск)"), (43, "Rassvet nadir (Рассвет)"), (44, "Prichal nadir (Причал)"), (45, "Unity nadir"), (46, "Harmony nadir")]),
        new(7, "Tiangong-1 (天宫一号)", Utc(2011, 9, 29), Utc(2016, 3, 16), Bloc.Chinese, 1103, 21, 1946, 1, [], [(50, "Tiangong-1 forward")]),
        new(8, "Tiangong-2 (天宫二号)", Utc(2016, 9, 15), Utc(2019, 7, 19), Bloc.Chinese, 1103, 21, 1947, 1, [], [(55, "Tiangong-2 forward"), (56, "Tiangong-2 aft")]),
        new(18, "Tiangong space station (天宫空间站)", Utc(2021, 4, 29), Utc(2026, 1, 1), Bloc.Chinese, 1103, 21, 1941, 2, [], [(60, "Tianhe forward (天和前向)"), (61, "Tianhe aft (天和后向)"), (62, "Tianhe radial (天和径向)")]),
    ];

    public static readonly VehiclePairRow[] VehiclePairs =
    [
        new(10, 43, Utc(1969, 7, 21), Utc(1972, 12, 15), "Saturn V", "Apollo #", 11, 7),
        new(44, 44, Utc(1969, 1, 16), Utc(1970, 6, 1), "Soyuz", "Soyuz #", 4, 6),
        new(45, 10, Utc(1975, 7, 17), Utc(1975, 7, 19), "Soyuz-U", "Apollo–Soyuz (Союз — Аполлон)", 19, 1),
    ];

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
