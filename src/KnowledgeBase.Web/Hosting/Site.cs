using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Caching;
using KnowledgeBase.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>Builds the web application: services, middleware and routes.</summary>
public static class Site
{
    /// <param name="configure">Runs after the site's own services are added: tests use it to collect the log.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The site's files (wwwroot, appsettings) sit beside the assembly, wherever the command was started from.
        // The test host passes its own --contentRoot, which must win.
        // The application name ties MVC to this assembly's controllers and compiled views even when another
        // assembly (a test run) is the entry point.
        var hostDecides = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var options = hostDecides
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(Site).Assembly.GetName().Name };
        var builder = WebApplication.CreateBuilder(options);
        builder.AddKnowledgeBase();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseKnowledgeBase();
        return app;
    }

    public static void AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        // Options are read one way: bound once, injected as IOptions<SiteOptions>.
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        builder.Services.AddSingleton(sp => DataDirectory.Resolve(sp.GetRequiredService<IOptions<SiteOptions>>().Value.DataDir).Create());
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SiteOptions>>().Value;
            return CatalogLocation.Resolve(options.CatalogData, options.CatalogLiterature);
        });
        builder.Services.AddDbContext<CatalogDbContext>((sp, o) => CatalogDatabase.Configure(o, sp.GetRequiredService<DataDirectory>()));
        builder.Services.AddSingleton<CatalogStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CatalogStartup>());
        builder.Services.AddSingleton(sp =>
        {
            var files = sp.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
            return new KnowledgeBase.Literature.NoteRenderer(path => files.GetFileInfo(path).Exists);
        });
        builder.AddAccounts();
        builder.Services.AddScoped<KnowledgeBase.Web.Editing.AfterCommit>();
        builder.Services.AddScoped<KnowledgeBase.Web.Sources.SourceWrites>();
        builder.Services.AddScoped<KnowledgeBase.Web.ToolCatalog.ToolWrites>();
        builder.Services.AddScoped<KnowledgeBase.Web.Requirements.RequirementWrites>();
        builder.Services.AddScoped<KnowledgeBase.Web.Architecture.LayerWrites>();
        builder.Services.AddScoped<KnowledgeBase.Web.Architecture.ComponentWrites>();
        builder.Services.AddScoped<KnowledgeBase.Web.Architecture.PipelineWrites>();
        builder.Services.AddCatalogSearch();
        builder.Services.AddPageCache();
        builder.Services.AddJsonApi();
        builder.Services.AddReadiness();
        builder.Services.AddRequestLimits();
        builder.Services.AddControllersWithViews(mvc => mvc.Conventions.Add(new HeadWhereGet()));
        builder.Services.AddProblemDetails();
    }

    public static void UseKnowledgeBase(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRequestLimits();
        app.UseStaticFiles();
        // Requests wait for the first-start import rather than seeing an empty catalog.
        // Health probes are the exception: they ask whether it is done and must not hang until it is.
        app.Use(async (context, next) =>
        {
            if (!Readiness.Paths.Contains(context.Request.Path.Value, StringComparer.Ordinal))
                await context.RequestServices.GetRequiredService<CatalogStartup>().ReadyAsync(context.RequestAborted);
            await next(context);
        });
        app.UseRouting();
        // Before the cache: a signed-in visitor's pages are never taken from it or stored in it.
        app.UseAuthentication();
        app.UseRateLimiter();
        // Inside routing, so an endpoint could declare a longer timeout of its own; around the cache and the action.
        app.UseRequestTimeouts();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapReadiness();
    }
}
