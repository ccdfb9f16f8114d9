/**
 * The impact pages: the public figures with charts and a map, how they are counted, one's own impact, the open-data
 * page, the admins' factor tables, and the totals on an organisation's profile.
 */
@NullMarked
package eu.reloop.impact.ui;

import org.jspecify.annotations.NullMarked;
