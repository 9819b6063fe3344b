// Configures the API reference page (/api/reference). Kept in a file, not inline, so the page runs under the
// site's Content-Security-Policy. Everything that would reach another host is switched off: the default web
// fonts, the hosted AI agent, telemetry, and the request proxy ("Test request" calls go straight to this site).
Scalar.createApiReference('#app', {
  url: '/openapi/v1.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  hideClientButton: true,
  showDeveloperTools: 'never',
  proxyUrl: '',
  baseServerURL: window.location.origin,
  defaultOpenAllTags: false,
});
