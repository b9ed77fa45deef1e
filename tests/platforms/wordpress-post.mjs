/**
 * What the Author does in WordPress, over the REST API with an application password: publish a
 * post written as the block editor saves it — the card's address pasted on its own line (an
 * Embed block, which is what pasting a link in the editor makes) and the script snippet in a
 * Custom HTML block — and read back what WordPress stored and what it shows.
 */

function authorization({ login, applicationPassword }) {
  return `Basic ${Buffer.from(`${login}:${applicationPassword}`).toString('base64')}`;
}

/** The post's content, in the block editor's serialisation. */
export function postContent({ cardUrl, snippet }) {
  return [
    '<!-- wp:paragraph -->',
    '<p>Before a big ask, read this card:</p>',
    '<!-- /wp:paragraph -->',
    '',
    `<!-- wp:embed {"url":${JSON.stringify(cardUrl)},"type":"rich","providerNameSlug":"ix-coach","responsive":true} -->`,
    '<figure class="wp-block-embed is-type-rich is-provider-ix-coach wp-block-embed-ix-coach"><div class="wp-block-embed__wrapper">',
    cardUrl,
    '</div></figure>',
    '<!-- /wp:embed -->',
    '',
    '<!-- wp:html -->',
    snippet,
    '<!-- /wp:html -->',
    '',
    '<!-- wp:paragraph -->',
    '<p>The end of the post.</p>',
    '<!-- /wp:paragraph -->',
  ].join('\n');
}

async function rest(wp, path, init = {}) {
  const response = await fetch(`${wp.origin}/?rest_route=${path}`, {
    ...init,
    headers: { authorization: authorization(wp.author), 'content-type': 'application/json', ...init.headers },
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Publishes as the Author; returns { id, link, rendered } (rendered: the content as shown). */
export async function publishPost(wp, { title, content }) {
  const post = await rest(wp, '/wp/v2/posts', { method: 'POST', body: JSON.stringify({ title, content, status: 'publish' }) });
  return { id: post.id, link: post.link, rendered: post.content.rendered };
}

/** The content as WordPress saved it (the editor's view, what kses let through). */
export async function savedContent(wp, id) {
  return (await rest(wp, `/wp/v2/posts/${id}&context=edit`)).content.raw;
}
