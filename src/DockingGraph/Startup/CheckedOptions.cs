using Microsoft.Extensions.Options;

namespace DockingGraph.Startup;

/// <summary>
/// A configuration section bound to its options class and checked when the gateway starts
/// (<c>ValidateOnStart</c>), so that a bad value stops the start with one line naming the setting,
/// not a failure later in a request. The class is also served as itself, for its readers.
/// </summary>
public static class CheckedOptions
{
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>The options with each of <paramref name="checks"/>: a setting that fails one stops the start with its line.</summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section, IEnumerable<(Func<T, bool> Holds, string Failure)> checks)
        where T : class
    {
        var options = services.AddCheckedOptions<T>(configuration, section);
        foreach (var (holds, failure) in checks)
        {
            options.Validate(holds, failure);
        }

        return options;
    }

    /// <summary>Whether <paramref name="value"/> is empty or an absolute http(s) address.</summary>
    public static bool IsHttpAddress(string? value) =>
        string.IsNullOrEmpty(value) || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
