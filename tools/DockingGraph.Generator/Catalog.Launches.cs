using System.Collections.Frozen;

namespace DockingGraph.Generator;

internal static partial class Catalog
{
    public static readonly FrozenDictionary<int, ProgramRow> Programs = new ProgramRow[]
    {
        new(4, "Apollo", [44], "1966-11-16T00:00:00Z", "1972-12-19T19:24:59Z", 2, "https://www.nasa.gov/mission_pages/apollo/index.html", "The Apollo program was the third United States human spaceflight program carried out by NASA, which succeeded in landing the first humans on the Moon from 1969 to 1972."),
        new(17, "International Space Station", [16, 27, 37, 44, 63, 1102], "1998-11-20T06:40:00Z", null, 2, "https://www.nasa.gov/mission_pages/station/main/index.html", "The International Space Station programme is tied together by a complex set of legal, political and financial agreements between the sixteen nations involved in the project."),
        new(18, "Chinese Lunar Exploration Program (中国探月工程)", [17], "2003-01-01T00:00:00Z", null, 5, null, "The Chinese Lunar Exploration Program, also known as the Chang'e Project after the Chinese moon goddess Chang'e, is an ongoing series of robotic Moon missions by the CNSA."),
        new(19, "Commercial Resupply Services", [44, 121, 257, 1111], "2008-12-23T00:00:00Z", null, 6, "https://www.nasa.gov/commercial-resupply-services-overview/", "Commercial Resupply Services contracts deliver cargo and supplies to the International Space Station on commercially operated spacecraft."),
        new(20, "Commercial Crew Program", [44, 121, 80], "2010-02-01T00:00:00Z", null, 2, "https://www.nasa.gov/humans-in-space/commercial-space/commercial-crew-program/", "The Commercial Crew Program rotates crews to and from the International Space Station on spacecraft operated by American companies."),
        new(21, "China Manned Space Program (中国载人航天工程)", [1103, 17], "1992-09-21T00:00:00Z", null, 2, "http://www.cmse.gov.cn/", "The China Manned Space Program, Project 921, develops the Shenzhou spacecraft and the Tiangong space laboratories and station."),
        new(22, "Salyut programme (Салют)", [66], "1971-04-19T00:00:00Z", "1991-02-07T00:00:00Z", 2, null, "The Salyut programme was the first space station programme, undertaken by the Soviet Union: four crewed scientific research stations and two military reconnaissance stations."),
        new(23, "Mir programme", [66, 63], "1986-02-19T00:00:00Z", "2001-03-23T05:50:00Z", 2, null, "The Mir programme assembled the first modular space station in low Earth orbit and kept it crewed almost continuously for ten years."),
        new(24, "Skylab", [44], "1973-05-14T17:30:00Z", "1979-07-11T16:37:00Z", 2, "https://www.nasa.gov/skylab/", "Skylab was the first space station of the United States, visited by three crews of three astronauts in 1973 and 1974."),
        new(25, "Mission Extension Vehicle", [1129, 1130], "2019-10-09T00:00:00Z", null, 7, "https://www.northropgrumman.com/space/space-logistics-services", "The Mission Extension Vehicles dock to geostationary satellites that are low on propellant and take over their attitude and orbit control."),
        new(26, "Shuttle–Mir (Шаттл — Мир)", [44, 63], "1994-02-03T00:00:00Z", "1998-06-12T00:00:00Z", 2, null, "The Shuttle–Mir program was a collaborative 11-mission space program between Russia and the United States that involved American Space Shuttles visiting Mir."),
    }.ToFrozenDictionary(p => p.Id);

    public static readonly FrozenDictionary<int, string> ProgramTypes = new Dictionary<int, string>
    {
        [2] = "Human Spaceflight",
        [5] = "Exploration",
        [6] = "Commercial",
        [7] = "Satellite Servicing",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, (string Name, string Abbrev, string Description)> LaunchStatuses = new Dictionary<int, (string, string, string)>
    {
        [1] = ("Go for Launch", "Go", "Current T-0 confirmed by official or reliable sources."),
        [2] = ("To Be Determined", "TBD", "Current date is a 'No Earlier Than' estimation based on unreliable or interpreted sources."),
        [3] = ("Launch Successful", "Success", "The launch vehicle successfully inserted its payload(s) into the target orbit(s)."),
        [4] = ("Launch Failure", "Failure", "Either the launch vehicle did not reach orbit, or the payload(s) failed to separate."),
        [5] = ("On Hold", "Hold", "The launch has been paused, but it can still happen within the launch window."),
        [6] = ("Launch in Flight", "In Flight", "The launch vehicle has lifted off from the launch pad."),
        [7] = ("Launch was a Partial Failure", "Partial Failure", "The launch vehicle reached orbit, but the payload(s) are not in the intended orbit."),
        [8] = ("To Be Confirmed", "TBC", "Awaiting official confirmation - current date is known with some certainty."),
        [9] = ("Payload Deployed", "Deployed", "The payload(s) were deployed into the intended orbit."),
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, (string Name, string Abbrev, string Description)> NetPrecisions = new Dictionary<int, (string, string, string)>
    {
        [0] = ("Second", "SEC", "The T-0 is accurate to the second."),
        [1] = ("Minute", "MIN", "The T-0 is accurate to the minute."),
        [2] = ("Hour", "HR", "The T-0 is accurate to the hour."),
        [5] = ("Day", "DAY", "The T-0 is accurate to the day."),
        [7] = ("Month", "M", "The T-0 is accurate to the month."),
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<int, (string Name, string Abbrev, int Body)> Orbits = new Dictionary<int, (string, string, int)>
    {
        [8] = ("Low Earth Orbit", "LEO", 1),
        [11] = ("Lunar Orbit", "LO", 2),
        [12] = ("Geostationary Orbit", "GEO", 1),
        [13] = ("Polar Orbit", "PO", 1),
        [14] = ("Sun-Synchronous Orbit", "SSO", 1),
        [15] = ("Geostationary Transfer Orbit", "GTO", 1),
        [16] = ("Medium Earth Orbit", "MEO", 1),
        [17] = ("Elliptical Orbit", "Elliptical", 1),
        [18] = ("Trans-Lunar Injection", "TLI", 1),
        [19] = ("Suborbital", "Sub", 1),
    }.ToFrozenDictionary();

    public static readonly string[] InfoUrlTypes = ["Official Page", "Press Kit", "Wikipedia", "Mission Page"];

    public static readonly string[] VidUrlTypes = ["Official Webcast", "Unofficial Webcast", "Mission Highlights"];

    /// <summary>Languages, by the country whose agency publishes: (id, name, code).</summary>
    public static (int Id, string Name, string Code) Language(int country) => country switch
    {
        3 or 11 or 19 => (2, "Русский", "ru"),
        6 => (3, "中文", "zh"),
        1 or 50 => (4, "Français", "fr"),
        4 => (5, "日本語", "ja"),
        10 => (6, "Português", "pt"),
        _ => (1, "English", "en"),
    };
}
