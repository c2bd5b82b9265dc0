/**
 * Not API: helpers the library's own modules share, such as {@link dev.prospectus.internal.Args},
 * its argument checks. Exported only because the modules above the core use them; anything here
 * may change or go without notice.
 */
package dev.prospectus.internal;
