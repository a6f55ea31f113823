/**
 * The web map page served at {@code /}: static files, the Leaflet WebJar and the offline base-layer
 * outlines endpoint, installed into a Javalin server as one plugin ({@link WebMap}).
 */
@NullMarked
package org.strikewatch.server.web;

import org.jspecify.annotations.NullMarked;
