<?php
/**
 * Plugin Name: IX platform test: oEmbed discovery from this machine
 * Description: TEST ONLY. Loaded solely by the platform tests (tests/platforms/), never shipped.
 *
 * WordPress refuses to fetch from loopback and private addresses, and from ports other than 80,
 * 443 and 8080, so a link to an embed site served on this machine would never be discovered.
 * This lets exactly one origin through — the embed site the test serves, named in wp-config.php
 * as IX_TEST_EMBED_ORIGIN — and nothing else; every other rule of WordPress's oEmbed handling
 * (the sandboxed iframe, kses on the result, the author's missing unfiltered_html) stays as it is.
 */

if ( ! defined( 'IX_TEST_EMBED_ORIGIN' ) ) {
	return;
}

function ix_test_embed_origin_matches( $url ) {
	$allowed = wp_parse_url( IX_TEST_EMBED_ORIGIN );
	$asked   = wp_parse_url( $url );
	return isset( $asked['host'], $asked['port'] )
		&& strtolower( $asked['host'] ) === strtolower( $allowed['host'] )
		&& (int) $asked['port'] === (int) $allowed['port'];
}

add_filter(
	'http_request_host_is_external',
	function ( $external, $host, $url ) {
		return $external || ix_test_embed_origin_matches( $url );
	},
	10,
	3
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host, $url ) {
		if ( ix_test_embed_origin_matches( $url ) ) {
			$ports[] = (int) wp_parse_url( IX_TEST_EMBED_ORIGIN, PHP_URL_PORT );
		}
		return $ports;
	},
	10,
	3
);
