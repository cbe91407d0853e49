using System.Text.Json.Nodes;

namespace DockingGraph.Generator;

public sealed partial class DockingEventGenerator
{
    // Image ids past the photos: agencies' own three images, programs' and social networks' logos.
    private const int AgencyImages = 10_000;
    private const int ProgramImages = 20_000;
    private const int SocialImages = 21_000;

    private static readonly string[] AgencyImageRoles = ["image", "logo", "social_logo"];

    /// <summary>An agency as LL2 lists it under a configuration, a launch's provider, a program or a family.</summary>
    private static JsonObject AgencyList(int id) => AgencyHead(id, "list");

    /// <summary>An agency as LL2 nests it under a pad or a payload.</summary>
    private static JsonObject AgencyNormal(int id)
    {
        var agency = Catalog.Agencies[id];
        var record = AgencyHead(id, "normal");
        record["featured"] = agency.Founded % 3 != 0;
        record["country"] = new JsonArray([.. agency.Countries.Select(c => (JsonNode)Country(c))]);
        record["description"] = Describe(agency);
        record["administrator"] = agency.Administrator;
        record["founding_year"] = agency.Founded;
        record["launchers"] = agency.Launchers;
        record["spacecraft"] = agency.Spacecraft;
        record["parent"] = agency.Parent;
        record["image"] = Image(AgencyImages + (3 * id));
        record["logo"] = Image(AgencyImages + (3 * id) + 1);
        record["social_logo"] = Image(AgencyImages + (3 * id) + 2);
        return record;
    }

    /// <summary>An agency under a mission: LL2 marks it normal but gives its statistics and links too.</summary>
    private JsonObject AgencyWithStatistics(int id)
    {
        var agency = Catalog.Agencies[id];
        var dice = new Dice(seed, Salt.Agency, id);
        var record = AgencyNormal(id);
        var failed = dice.Below(40);
        var successful = dice.Between(failed, 600);
        record["total_launch_count"] = successful + failed;
        record["consecutive_successful_launches"] = dice.Below(successful + 1);
        record["successful_launches"] = successful;
        record["failed_launches"] = failed;
        record["pending_launches"] = dice.Below(12);
        var landingsFailed = dice.Below(4);
        var landings = dice.Between(landingsFailed, 400);
        record["consecutive_successful_landings"] = dice.Below(landings - landingsFailed + 1);
        record["successful_landings"] = landings - landingsFailed;
        record["failed_landings"] = landingsFailed;
        record["attempted_landings"] = landings;
        var (spacecraft, spacecraftFailed) = (dice.Below(200), dice.Below(3));
        record["successful_landings_spacecraft"] = spacecraft;
        record["failed_landings_spacecraft"] = spacecraftFailed;
        record["attempted_landings_spacecraft"] = spacecraft + spacecraftFailed;
        var payloads = dice.Below(5);
        record["successful_landings_payload"] = payloads;
        record["failed_landings_payload"] = 0;
        record["attempted_landings_payload"] = payloads;
        record["info_url"] = id % 5 == 0 ? null : $"https://www.{Ll2Text.Slug(agency.Abbrev.Length > 0 ? agency.Abbrev : agency.Name)}.org/";
        record["wiki_url"] = Wiki(agency.Name);
        record["social_media_links"] = new JsonArray([.. Enumerable.Range(0, id % 3).Select(k => (JsonNode)SocialMediaLink(agency, k))]);
        return record;
    }

    private static JsonObject AgencyHead(int id, string mode)
    {
        var agency = Catalog.Agencies[id];
        return new JsonObject
        {
            ["response_mode"] = mode,
            ["id"] = id,
            ["url"] = Ll2Text.Url("agencies", id),
            ["name"] = agency.Name,
            ["abbrev"] = agency.Abbrev,
            ["type"] = new JsonObject { ["id"] = agency.Type, ["name"] = Catalog.AgencyTypes[agency.Type] },
        };
    }

    private static string Describe(AgencyRow agency)
    {
        var kind = agency.Type switch { 1 => "a government", 2 => "a multinational", _ => "a commercial" };
        var countries = string.Join(", ", agency.Countries.Select(c => Catalog.Countries[c].Name));
        var text = string.Create(Ll2Text.Invariant, $"{agency.Name} is {kind} space organisation of {countries}, founded in {agency.Founded}.");
        if (agency.Launchers.Length > 0)
        {
            text += $" It builds and flies the {agency.Launchers} launch vehicles.";
        }

        if (agency.Spacecraft.Length > 0)
        {
            text += $" Its spacecraft include {agency.Spacecraft}.";
        }

        return text;
    }

    private static JsonObject SocialMediaLink(AgencyRow agency, int index)
    {
        var network = (agency.Id + (2 * index)) % Catalog.SocialMedia.Length;
        var (name, url) = Catalog.SocialMedia[network];
        return new JsonObject
        {
            ["id"] = (agency.Id * 10) + index,
            ["social_media"] = new JsonObject
            {
                ["id"] = network + 1,
                ["name"] = name,
                ["url"] = url,
                ["logo"] = Image(SocialImages + network),
            },
            ["url"] = $"{url}/{Ll2Text.Slug(agency.Abbrev.Length > 0 ? agency.Abbrev : agency.Name)}",
        };
    }

    private static JsonObject Country(int id)
    {
        var country = Catalog.Countries[id];
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = country.Name,
            ["alpha_2_code"] = country.Alpha2,
            ["alpha_3_code"] = country.Alpha3,
            ["nationality_name"] = country.Nationality,
            ["nationality_name_composed"] = country.Composed,
        };
    }

    private static JsonObject? CountryOrNull(int? id) => id is { } country ? Country(country) : null;

    private static string Wiki(string title) => "https://en.wikipedia.org/wiki/" + title.Replace(' ', '_');

    /// <summary>An image: a catalogued photo, or one of the [AUTO] images LL2 makes for agencies, programs and networks.</summary>
    private static JsonObject Image(int id)
    {
        var (name, credit, license, logo) = id switch
        {
            >= SocialImages => ($"[AUTO] {Catalog.SocialMedia[id - SocialImages].Name} - logo", null, 1, true),
            >= ProgramImages => ($"[AUTO] {Catalog.Programs[id - ProgramImages].Name} - image", null, 1, true),
            >= AgencyImages => ($"[AUTO] {Catalog.Agencies[(id - AgencyImages) / 3].Name} - {AgencyImageRoles[(id - AgencyImages) % 3]}", null, 1, (id - AgencyImages) % 3 > 0),
            _ => (Catalog.Photos[id].Name, Catalog.Photos[id].Credit, Catalog.Photos[id].License, false),
        };
        var file = Ll2Text.Slug(name).Replace('-', '_');
        file = file[..Math.Min(file.Length, 15)].TrimEnd('_');
        var stamp = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(id * 7_919L % 189_216_000).ToString("yyyyMMddHHmmss", Ll2Text.Invariant);
        var extension = logo ? "png" : "jpeg";
        var variants = logo && id < ProgramImages && (id - AgencyImages) % 3 == 1 && (id - AgencyImages) / 3 % 3 == 0 ? 2 : 0;
        var (licenseName, priority, link) = Catalog.Licenses[license];
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["image_url"] = $"{Ll2Text.Media}images/{file}_image_{stamp}.{extension}",
            ["thumbnail_url"] = id >= AgencyImages ? $"{Ll2Text.Media}images/255bauto255d__image_thumbnail_{stamp}.{extension}" : $"{Ll2Text.Media}images/{file}_image_thumbnail_{stamp}.jpeg",
            ["credit"] = credit,
            ["license"] = new JsonObject { ["id"] = license, ["name"] = licenseName, ["priority"] = priority, ["link"] = link },
            ["single_use"] = id >= AgencyImages || id % 3 != 0,
            ["variants"] = new JsonArray([.. Enumerable.Range(0, variants).Select(k => (JsonNode)new JsonObject
            {
                ["id"] = (id * 10) + k,
                ["type"] = new JsonObject { ["id"] = k + 1, ["name"] = Catalog.VariantTypes[k] },
                ["image_url"] = $"{Ll2Text.Media}image_variants/{file}_image_{stamp}_{k}.png",
            })]),
        };
    }

    private static JsonObject? ImageOrNull(int? id) => id is { } image ? Image(image) : null;
}
