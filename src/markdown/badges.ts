// Badges: the small status pictures READMEs put under their title (build passing, licence MIT, chat on
// Discord) from shields.io and its kind. A deck has no use for them: the outline reader leaves them out and
// says how many.

const BADGE_HOSTS =
  /(?:^|\.)(?:shields\.io|badgen\.net|badge\.fury\.io|badges\.gitter\.im|api\.netlify\.com|codecov\.io|coveralls\.io|travis-ci\.(?:org|com)|circleci\.com|app\.codacy\.com|snyk\.io|deepwiki\.com)$/i;

/** A remote picture whose address says it is a badge: a badge service, or a file or path named `badge`. */
export function isBadgePicture(src: string): boolean {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return BADGE_HOSTS.test(url.hostname) || /(?:^|\/)badges?(?:\.svg|\.png|\/|$)/i.test(url.pathname);
}
