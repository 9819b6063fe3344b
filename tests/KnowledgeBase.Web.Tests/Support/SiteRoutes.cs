using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>One GET route of the running site: its pattern, a real URL for it and the query keys its action reads.</summary>
public sealed record SiteRoute(string Pattern, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> QueryKeys)
{
    /// <summary>The URL with every route parameter filled in from <paramref name="values"/> (real slugs by default), escaped.</summary>
    public string Url(IReadOnlyDictionary<string, string>? values = null)
    {
        var pattern = RoutePatternFactory.Parse(Pattern);
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(values?.GetValueOrDefault(parameter.Name) ?? SiteRoutes.RealValue(this, parameter.Name)),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"{Pattern}: a route part the fuzz test does not know"),
        })));
        return "/" + string.Join("/", parts);
    }

    public override string ToString() => Pattern;
}

/// <summary>
/// Every GET route of the site and the API, read from the app's own endpoints, so that a new page is covered by
/// the tests over all routes without anyone listing it; route parameters are filled with real slugs of the shipped catalog.
/// </summary>
public static class SiteRoutes
{
    public static IReadOnlyList<SiteRoute> Get(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => new SiteRoute("/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.RoutePattern.Parameters.Select(p => p.Name).ToList(),
                QueryKeys(e.Metadata.GetMetadata<ControllerActionDescriptor>())))
            .DistinctBy(r => r.Pattern)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)
            .ToList();

    /// <summary>A slug, code or number that exists in the shipped catalog for the parameter of this route.</summary>
    public static string RealValue(SiteRoute route, string parameter)
    {
        var first = route.Pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).First(s => s is not ("api" or "v1"));
        return (first, parameter) switch
        {
            ("tools", "slug") => FirstKey("tools.csv"),
            ("layers", "slug") => FirstKey("layers.csv"),
            ("components", "slug") => FirstKey("components.csv"),
            ("pipelines", "slug") => FirstKey("pipelines.csv"),
            ("stacks", "slug") => FirstKey("stacks.csv"),
            ("requirements", "code") => FirstKey("requirements.csv"),
            ("sources", "slug") => Path.GetFileNameWithoutExtension(Directory.GetFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal).First()),
            ("error", "status") => "404",
            ("openapi", "documentName") => "v1",
            ("changes", "id") => "1",
            ("submissions", "id") => "1",
            _ => throw new InvalidOperationException($"{route.Pattern}: teach {nameof(SiteRoutes)} a real value for {{{parameter}}}"),
        };
    }

    private static string FirstKey(string file) => File.ReadLines(Path.Combine(Repository.Data, file)).Skip(1).First().Split(',')[0];

    /// <summary>The query keys an action binds: simple parameters by name, and the properties of its query classes.</summary>
    private static List<string> QueryKeys(ControllerActionDescriptor? action)
    {
        if (action is null) return [];
        var keys = new List<string>();
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (source is not null && (source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path || source.IsFromRequest is false)) continue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(CancellationToken) || action.AttributeRouteInfo?.Template?.Contains("{" + parameter.Name, StringComparison.Ordinal) == true) continue;
            if (type == typeof(string) || type.IsPrimitive || type.IsArray)
                keys.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            else
                keys.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
                    .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name.ToLowerInvariant()));
        }
        return keys;
    }
}
