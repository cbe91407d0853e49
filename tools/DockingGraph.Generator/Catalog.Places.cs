using System.Collections.Frozen;

namespace DockingGraph.Generator;

internal static partial class Catalog
{
    /// <summary>Earth and the Moon: (name, type, diameter, mass, gravity, length of day, atmosphere, photo, description).</summary>
    public static readonly FrozenDictionary<int, (string Name, string Type, double Diameter, double Mass, double Gravity, string Day, bool Atmosphere, int Photo, string Description)> Bodies =
        new Dictionary<int, (string, string, double, double, double, string, bool, int, string)>
        {
            [1] = ("Earth", "Planet", 12742000.0, 5.972168e+24, 9.80655, "1 00:00:00", true, 2040, "Earth is the third planet from the Sun and the only astronomical object known to harbor life."),
            [2] = ("Moon", "Moon", 3474800.0, 7.342e+22, 1.622, "27 07:43:12", false, 2041, "The Moon is Earth's only natural satellite."),
        }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, LocationRow> Locations = new LocationRow[]
    {
        new(27, "Kennedy Space Center, FL, USA", 1, 2, "America/New_York", 28.6080585, -80.6039558, 2204, "Kennedy Space Center is one of NASA's field centers, on Merritt Island, Florida, the launch site of every Apollo and Space Shuttle crew."),
        new(12, "Cape Canaveral SFS, FL, USA", 1, 2, "America/New_York", 28.49, -80.58, 2210, "Cape Canaveral Space Force Station is an installation of the United States Space Force's Space Launch Delta 45, on Cape Canaveral in Brevard County, Florida."),
        new(15, "Baikonur Cosmodrome, Republic of Kazakhstan (Байқоңыр ғарыш айлағы)", 1, 11, "Asia/Qyzylorda", 45.92, 63.342, 2205, "The Baikonur Cosmodrome is a spaceport in an area of southern Kazakhstan leased to Russia, the world's first and largest operational space launch facility."),
        new(13, "Guiana Space Centre, French Guiana", 1, 50, "America/Cayenne", 5.169, -52.6903, 2203, "The Guiana Space Centre is a European spaceport to the northwest of Kourou in French Guiana, a region of France in South America."),
        new(9, "Tanegashima Space Center, Japan (種子島宇宙センター)", 1, 4, "Asia/Tokyo", 30.4, 130.97, 2208, "The Tanegashima Space Center is the largest rocket-launch complex in Japan, on the southeast coast of Tanegashima."),
        new(17, "Jiuquan Satellite Launch Center, People's Republic of China (酒泉卫星发射中心)", 1, 6, "Asia/Shanghai", 40.958, 100.291, 2207, "The Jiuquan Satellite Launch Center is a Chinese space vehicle launch facility in the Gobi desert, the launch site of every Shenzhou crew."),
        new(8, "Wenchang Space Launch Site, People's Republic of China (文昌航天发射场)", 1, 6, "Asia/Shanghai", 19.614, 110.951, 2206, "The Wenchang Space Launch Site is a rocket launch site on Hainan Island, China, used by the Long March 5 and Long March 7."),
        new(21, "Wallops Island, Virginia, USA", 1, 2, "America/New_York", 37.8337, -75.4881, 2209, "Wallops Flight Facility is a rocket launch site on Wallops Island on the Eastern Shore of Virginia, home of the Mid-Atlantic Regional Spaceport."),
        new(172, "Taurus–Littrow, Moon", 2, null, "", 20.0, 31.0, 2146, "Taurus–Littrow is a lunar valley on the near side, the landing site of Apollo 17 in December 1972."),
        new(173, "Hadley–Apennine, Moon", 2, null, "", 26.13, 3.63, 2161, "Hadley–Apennine is a region on the near side of the Moon, the landing site of Apollo 15."),
        new(174, "Descartes Highlands, Moon", 2, null, "", -8.97, 15.5, 2161, "The Descartes Highlands are an area of lunar highlands on the near side, the landing site of Apollo 16."),
        new(176, "Mons Rümker, Moon", 2, null, "", 43.06, -51.92, 2094, "Mons Rümker is a volcanic formation in Oceanus Procellarum, near the landing site of Chang'e 5."),
        new(177, "Apollo crater, Moon", 2, null, "", -36.1, -151.8, 2169, "Apollo, also called the Apollo basin, is an enormous impact crater in the southern hemisphere on the far side of the Moon."),
    }.ToFrozenDictionary(l => l.Id);

    public static readonly FrozenDictionary<int, PadRow> Pads = new PadRow[]
    {
        new(87, "Launch Complex 39A", 27, [44], 2204),
        new(88, "Launch Complex 39B", 27, [44], 2204),
        new(80, "Space Launch Complex 40", 12, [121], 2210),
        new(27, "Space Launch Complex 41", 12, [124], 1700),
        new(31, "1/5 (Gagarin's Start, «Гагаринский старт»)", 15, [63], 2205),
        new(32, "31/6", 15, [63], 2205),
        new(33, "81/23", 15, [1112], 1694),
        new(34, "200/39", 15, [1112], 1694),
        new(77, "Ariane Launch Area 3", 13, [115], 1979),
        new(39, "Yoshinobu Launch Complex LP-2", 9, [37], 2208),
        new(130, "Launch Area 4 (SLS-1)", 17, [17], 2207),
        new(131, "Launch Complex 201", 8, [17], 2206),
        new(132, "Launch Complex 101", 8, [17, 88], 2206),
        new(45, "Launch Pad 0A", 21, [257], 2209),
        new(228, "Apollo 17 landing site", 172, [44], 2163),
        new(229, "Apollo 15 landing site", 173, [44], 2161),
        new(230, "Apollo 16 landing site", 174, [44], 2161),
        new(232, "Chang’e 5 landing site", 176, [17], 2094),
        new(233, "Chang’e 6 landing site", 177, [17], 2170),
    }.ToFrozenDictionary(p => p.Id);

    public static readonly FrozenDictionary<int, LandingLocationRow> LandingLocations = new LandingLocationRow[]
    {
        new(12, "Unknown", "N/A", 1, null, null, null, null),
        new(18, "Pacific Ocean", "PAC", 1, null, null, null, 2242),
        new(19, "Atlantic Ocean", "ATL", 1, null, null, null, 2246),
        new(25, "Gulf of Mexico", "GoM", 1, null, 27.5, -88.0, 2246),
        new(26, "Atlantic Ocean off Florida", "FLA", 1, 27, 29.0, -79.5, 2246),
        new(31, "Pacific Ocean off California", "CAL", 1, null, 32.5, -119.0, 2242),
        new(28, "Indian Ocean", "IND", 1, null, null, null, null),
        new(29, "South Pacific Ocean Uninhabited Area", "SPOUA", 1, null, -44.0, -150.0, 2242),
        new(20, "Kazakh Steppe (Қазақ даласы)", "KZS", 1, 15, 47.35, 69.6, 2243),
        new(40, "Yubileyniy Airfield (Юбилейный)", "YUB", 1, 15, 46.05, 63.25, 2205),
        new(21, "Dongfeng Landing Site (东风着陆场)", "DFLS", 1, 17, 41.6, 100.1, 2244),
        new(22, "Siziwang Banner (四子王旗)", "SZW", 1, null, 42.3, 111.4, 2244),
        new(23, "Shuttle Landing Facility", "SLF", 1, 27, 28.615, -80.695, 2245),
        new(24, "Edwards Air Force Base", "EDW", 1, null, 34.905, -117.884, 2245),
        new(27, "White Sands Space Harbor", "WSSH", 1, null, 32.94, -106.42, null),
        new(41, "Tanegashima offshore recovery zone", "TNR", 1, 9, 29.5, 132.0, 2242),
        new(33, "Taurus–Littrow", "TL", 2, 172, 20.19, 30.77, 2146),
        new(34, "Hadley–Apennine", "HA", 2, 173, 26.13, 3.63, 2161),
        new(35, "Descartes Highlands", "DH", 2, 174, -8.97, 15.5, 2161),
        new(36, "Mons Rümker", "MR", 2, 176, 43.06, -51.92, 2094),
        new(38, "Chang’e 6 landing site", "CE6", 2, 177, -41.6385, -153.9852, 2170),
        new(37, "Oceanus Procellarum", "OP", 2, null, 18.4, -57.4, 2041),
        new(39, "Mare Tranquillitatis", "MT", 2, null, 8.5, 31.4, 2041),
        new(42, "Mare Imbrium", "MI", 2, null, 32.8, -15.6, 2041),
        new(43, "Lunar far side impact zone", "LFS", 2, null, null, null, null),
    }.ToFrozenDictionary(l => l.Id);

    public static readonly FrozenDictionary<int, (string Name, string Abbrev, string Description)> LandingTypes = new Dictionary<int, (string, string, string)>
    {
        [2] = ("Horizontal Landing", "HL", "Landing on a runway like an aircraft."),
        [4] = ("Parachute Landing", "PCL", "Unpowered landing using parachute(s)."),
        [7] = ("Destructive Reentry", "ATM", "Spacecraft burned up in the atmosphere"),
        [9] = ("Vertical Landing", "VL", "Vertical landing using engines"),
        [10] = ("Lunar Impact", "LI", "Deliberately crashed into the lunar surface."),
        [11] = ("Airbag Landing", "ABL", "Parachutes and airbags on land."),
    }.ToFrozenDictionary();

    /// <summary>Where a return may end: (landing type, places; none for a burn-up without a recorded place).</summary>
    public static (int Type, int[] Places) Returns(Return kind) => kind switch
    {
        Return.Steppe => (4, [20]),
        Return.Ocean => (4, [18, 19, 25, 26, 31, 41]),
        Return.Runway => (2, [23, 24, 40]),
        Return.Desert => (11, [27]),
        Return.Dongfeng => (4, [21, 22]),
        Return.Impact => (10, [37, 39, 42, 43]),
        Return.Lunar => (9, [33, 34, 35, 36, 38]),
        _ => (7, [12, 28, 29]),
    };
}
