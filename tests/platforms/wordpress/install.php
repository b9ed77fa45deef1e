<?php
/**
 * Installs WordPress into the empty database its wp-config.php names (what wp-admin/install.php
 * does when a person fills in its form), then adds the user the platform test publishes as: an
 * Author, who has no unfiltered_html, with an application password for the REST API.
 *
 *   php install.php <wordpress dir>     prints {"login", "applicationPassword", "unfilteredHtml"}
 */

if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php install.php <wordpress dir>\n" );
	exit( 2 );
}

define( 'WP_INSTALLING', true );
require_once rtrim( $argv[1], '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'IX platform test', 'admin', 'admin@example.test', false, '', wp_generate_password( 24 ) );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install() made no administrator\n" );
	exit( 1 );
}

$author_id = wp_insert_user(
	array(
		'user_login'   => 'ada',
		'user_pass'    => wp_generate_password( 24 ),
		'user_email'   => 'ada@example.test',
		'display_name' => 'Ada Author',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	fwrite( STDERR, 'could not add the author: ' . $author_id->get_error_message() . "\n" );
	exit( 1 );
}

if ( ! wp_is_application_passwords_available_for_user( $author_id ) ) {
	fwrite( STDERR, "application passwords are off (wp-config.php must set WP_ENVIRONMENT_TYPE to 'local' over http)\n" );
	exit( 1 );
}
$created = WP_Application_Passwords::create_new_application_password( $author_id, array( 'name' => 'ix platform test' ) );
if ( is_wp_error( $created ) ) {
	fwrite( STDERR, 'could not make an application password: ' . $created->get_error_message() . "\n" );
	exit( 1 );
}

echo wp_json_encode(
	array(
		'login'               => 'ada',
		'applicationPassword' => $created[0],
		'unfilteredHtml'      => user_can( $author_id, 'unfiltered_html' ),
		'version'             => get_bloginfo( 'version' ),
	)
);
