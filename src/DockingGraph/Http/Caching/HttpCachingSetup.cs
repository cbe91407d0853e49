using DockingGraph.Startup;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http.Caching;

public static class HttpCachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<HttpCachingOptions>(configuration, HttpCachingOptions.Section)
            .Validate(o => CacheControlHeaderValue.TryParse(o.CacheControl, out _), "Caching:CacheControl must be a Cache-Control value, e.g. no-cache or public, max-age=60");
        return services.AddSingleton<GraphQLCaching>();
    }
}
