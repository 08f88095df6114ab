/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-paged-list.h"

G_BEGIN_DECLS

/* A list page's filter buttons, one of which is pressed, each with the
 * number of items the server counts for it. Hidden until it has a
 * filter; "filter" says which is pressed. */

#define DOORSTEP_TYPE_FILTER_BAR (doorstep_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepFilterBar, doorstep_filter_bar, DOORSTEP, FILTER_BAR, AdwBin)

/* The accessible name of a filter button with its count, "Open, 3 quotes". */
typedef char *(*DoorstepDescribeCount) (const char *label,
                                        guint       count,
                                        gpointer    user_data);

void        doorstep_filter_bar_add_filter         (DoorstepFilterBar          *self,
                                                    const char                 *name,
                                                    const char                 *label);
void        doorstep_filter_bar_set_describe_count (DoorstepFilterBar          *self,
                                                    DoorstepDescribeCount       describe,
                                                    gpointer                    user_data);
GListModel *doorstep_filter_bar_get_filters        (DoorstepFilterBar          *self);
const char *doorstep_filter_bar_get_filter         (DoorstepFilterBar          *self);
void        doorstep_filter_bar_set_filter         (DoorstepFilterBar          *self,
                                                    const char                 *filter);
void        doorstep_filter_bar_reset              (DoorstepFilterBar          *self);
void        doorstep_filter_bar_load_counts        (DoorstepFilterBar          *self,
                                                    const DoorstepListEndpoint *endpoint,
                                                    DoorstepScope              *scope,
                                                    const char * const         *query);
void        doorstep_filter_bar_clear_counts       (DoorstepFilterBar          *self);

G_END_DECLS
