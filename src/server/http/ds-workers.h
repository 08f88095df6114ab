/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-route.h"

G_BEGIN_DECLS

/* The threads that do a request's work: each opens its own connection to
 * the database when it first needs one and keeps it. Work goes in a lane
 * (quick or slow), each with threads of its own, so slow requests queue
 * only behind each other; slow threads also run at a lower priority, so
 * the quick ones get the processors first. What the work gives back is
 * handed to the main loop of the thread that made the workers. */

typedef struct _DsWorkers DsWorkers;

/* Runs on a worker, with its connection. */
typedef void (*DsWorkFunc) (gpointer  data,
                            DsDb     *db);
/* Runs on the main loop afterwards. */
typedef void (*DsDoneFunc) (gpointer  data);

DsWorkers *ds_workers_new  (const char  *db_location,
                            guint        quick_threads,
                            guint        slow_threads,
                            GError     **error);
void       ds_workers_push (DsWorkers   *workers,
                            DsLane       lane,
                            DsWorkFunc   work,
                            DsDoneFunc   done,
                            gpointer     data);
void       ds_workers_free (DsWorkers   *workers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsWorkers, ds_workers_free)

G_END_DECLS
