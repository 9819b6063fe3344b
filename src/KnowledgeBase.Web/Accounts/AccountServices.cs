using System.Threading.RateLimiting;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Accounts;

public static class AccountServices
{
    public const string SignInPolicy = "sign-in";

    /// <summary>Identity on the catalog's database, its cookie, the keys that protect it, and the sign-in limits.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section);
        services.AddIdentity<Account, IdentityRole>(AccountRules.Configure).AddEntityFrameworkStores<CatalogDbContext>();
        services.AddScoped<AccountBook>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SignInOptions>>((cookie, signIn) =>
        {
            cookie.Cookie.Name = "kb-account";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = development || !signIn.Value.SecureCookie ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
        });
        // A role changed or an account removed by `kb users` ends its sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // The keys that sign cookies and anti-forgery tokens live with the database, so that sessions survive a
        // restart and a container keeps them on its data volume.
        services.AddDataProtection().SetApplicationName("KnowledgeBase");
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory>((keys, directory) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(directory.Root, "keys")),
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.PerAddressPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }
}
