using DockingGraph.Startup;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http.Caching;

public static class HttpCachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<HttpCachingOptions>(configuration, HttpCachingOptions.Section)
            .Validate(o => CacheControlHeaderValue.TryParse(o.CacheControl, out _), "Caching:CacheControl must be a Cache-Control value, e.g. no-cache or public, max-age=60")
            .Validate(o => o.ResponseCache.MaxEntryBytes >= 1024 && o.ResponseCache.MaxBytes >= o.ResponseCache.MaxEntryBytes, "Caching:ResponseCache:MaxEntryBytes must be 1024 or more, and MaxBytes at least MaxEntryBytes")
            .Validate(o => o.ResponseCache.Expiration > TimeSpan.Zero, "Caching:ResponseCache:Expiration must be a positive duration, e.g. 00:10:00");
        services.AddSingleton<GraphQLCaching>();

        // Registered, but made only when the response cache is on (GraphQLCaching asks for it then).
        // The memory cache's size is in bytes: HybridCache sizes each entry by its payload. Nothing
        // else in the gateway uses IMemoryCache.
        services.AddSingleton<ResponseCache>();
        services.AddMemoryCache();
        services.AddOptions<MemoryCacheOptions>().Configure<HttpCachingOptions>((memory, caching) => memory.SizeLimit = caching.ResponseCache.MaxBytes);
        services.AddHybridCache();
        services.AddOptions<HybridCacheOptions>().Configure<HttpCachingOptions>((hybrid, caching) =>
        {
            hybrid.MaximumPayloadBytes = caching.ResponseCache.MaxEntryBytes;
            hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = caching.ResponseCache.Expiration,
                LocalCacheExpiration = caching.ResponseCache.Expiration,

                // This instance's memory only: no other instance's answers, no serialization beyond the bytes.
                Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression,
            };
        });
        return services;
    }
}
