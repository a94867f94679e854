/** Whether a URL's host is this machine's loopback (`localhost`, 127.0.0.0/8, `::1`): the only hosts plain http may reach. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
