namespace DockingGraph.Features.Agencies;

public sealed class Country : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Alpha2Code { get; set; }

    public string? Alpha3Code { get; set; }

    public string? NationalityName { get; set; }

    public string? NationalityNameComposed { get; set; }
}
