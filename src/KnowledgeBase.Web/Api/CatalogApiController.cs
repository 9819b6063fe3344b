using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// What every <c>/api/v1</c> controller shares: bad input answered by the framework's model check as a
/// 400 problem, the API's rate-limit partition, conditional GETs, and the problem answers the OpenAPI document lists.
/// </summary>
[ApiController]
[EnableRateLimiting(ApiServices.RateLimitPolicy)]
[ServiceFilter<CatalogETag>]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public abstract class CatalogApiController : ControllerBase
{
    /// <summary>404 as problem+json, naming what was asked for (cut short: it came from the request).</summary>
    protected ObjectResult NotFound(string what, string key) =>
        Problem(title: $"No such {what}", detail: $"There is no {what} '{(key.Length <= 60 ? key : key[..60] + "…")}'.", statusCode: StatusCodes.Status404NotFound);
}
