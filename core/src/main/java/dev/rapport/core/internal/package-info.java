/** Helpers shared by the packages of the core module; not exported and not API. */
package dev.rapport.core.internal;
