using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Every action that answers GET answers HEAD too (link checkers, uptime monitors and caches ask with HEAD), with the
/// same status and headers; the server sends no body. Done once for all controllers, so a new page cannot forget it.
/// </summary>
public sealed class HeadWhereGet : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var selector in application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors))
        {
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (constraint is null || !constraint.HttpMethods.Contains(HttpMethods.Get) || constraint.HttpMethods.Contains(HttpMethods.Head)) continue;
            var methods = constraint.HttpMethods.Append(HttpMethods.Head).ToArray();
            selector.ActionConstraints[selector.ActionConstraints.IndexOf(constraint)] = new HttpMethodActionConstraint(methods);
            // Endpoint routing matches on this metadata, MVC's own selection on the constraint: both must agree.
            for (var i = 0; i < selector.EndpointMetadata.Count; i++)
                if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata)
                    selector.EndpointMetadata[i] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
        }
    }
}
