/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ds-workers.h"

/* Two GThreadPools of threads of their own (exclusive), one per lane; a
 * thread's database connection is thread-private data, closed when the
 * thread ends. Finished work waits in a queue for the main loop, which a
 * GSource of ours drains, woken once per batch. */

#define SLOW_NICE 10

typedef struct {
  DsWorkFunc work;
  DsDoneFunc done;
  gpointer   data;
} Job;

typedef struct {
  GSource      source;
  GAsyncQueue *finished;   /* Job */
  gint        *woken;      /* the workers' */
} DoneSource;

struct _DsWorkers {
  char         *db_location;
  GThreadPool  *lanes[2];
  GMainContext *context;
  GSource      *done_source;
  GAsyncQueue  *finished;
  /* Whether the main loop was woken and has not drained the queue since:
   * a busy main loop is woken once, not once per finished job. */
  gint          woken;
};

typedef struct {
  DsDb   *db;
  GError *error;   /* why it could not be opened, once */
} WorkerDb;

static void
worker_db_free (gpointer data)
{
  WorkerDb *worker_db = data;

  g_clear_pointer (&worker_db->db, ds_db_close);
  g_clear_error (&worker_db->error);
  g_free (worker_db);
}

static GPrivate worker_db_key = G_PRIVATE_INIT (worker_db_free);

/* Finished work, drained on the main loop */

/* Before each poll: cleared first, then the queue looked at. A job pushed
 * before the look is seen here; one pushed after finds "woken" cleared
 * and wakes the poll. (Cleared anywhere else, a job pushed while the
 * queue was being drained could leave it set over an empty queue, and the
 * next job would then wait for something else to wake the loop.) */
static gboolean
done_prepare (GSource *source,
              gint    *timeout)
{
  *timeout = -1;
  g_atomic_int_set (((DoneSource *) source)->woken, 0);
  return g_async_queue_length (((DoneSource *) source)->finished) > 0;
}

static gboolean
done_check (GSource *source)
{
  return g_async_queue_length (((DoneSource *) source)->finished) > 0;
}

static gboolean
done_dispatch (GSource     *source,
               GSourceFunc  callback,
               gpointer     user_data)
{
  GAsyncQueue *finished = ((DoneSource *) source)->finished;
  Job *job;

  while ((job = g_async_queue_try_pop (finished)) != NULL)
    {
      job->done (job->data);
      g_free (job);
    }
  return G_SOURCE_CONTINUE;
}

static void
done_finalize (GSource *source)
{
  g_async_queue_unref (((DoneSource *) source)->finished);
}

static GSourceFuncs done_funcs = {
  .prepare = done_prepare,
  .check = done_check,
  .dispatch = done_dispatch,
  .finalize = done_finalize,
};

/* The workers */

static DsDb *
get_db (DsWorkers *workers)
{
  WorkerDb *worker_db = g_private_get (&worker_db_key);

  if (worker_db == NULL)
    {
      worker_db = g_new0 (WorkerDb, 1);
      worker_db->db = ds_db_open (workers->db_location, &worker_db->error);
      if (worker_db->db == NULL)
        g_warning ("A worker could not open the database: %s", worker_db->error->message);
      g_private_set (&worker_db_key, worker_db);
    }
  return worker_db->db;
}

static void
lower_priority (void)
{
#ifdef SYS_gettid
  static GPrivate lowered;

  if (g_private_get (&lowered) != NULL)
    return;
  g_private_set (&lowered, GINT_TO_POINTER (1));
  /* On Linux a thread has a nice value of its own. */
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), SLOW_NICE) != 0)
    g_debug ("Could not lower a slow worker's priority: %s", g_strerror (errno));
#endif
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  DsWorkers *workers = user_data;

  job->work (job->data, get_db (workers));
  g_async_queue_push (workers->finished, job);
  if (g_atomic_int_compare_and_exchange (&workers->woken, 0, 1))
    g_main_context_wakeup (workers->context);
}

static void
run_slow_job (gpointer data,
              gpointer user_data)
{
  lower_priority ();
  run_job (data, user_data);
}

static guint
default_threads (DsLane lane)
{
  guint processors = g_get_num_processors ();

  /* Quick work mostly waits on the database a moment at a time: a few
   * threads more than processors. Slow work is mostly processor time, but
   * a PDF should not wait for a long search to end: twice the processors,
   * taking turns at their lower priority. */
  return lane == DS_LANE_QUICK ? processors * 2 + 2 : MAX (processors * 2, 4);
}

/**
 * ds_workers_new:
 * @db_location: what each worker opens, as ds_db_open() takes it
 * @quick_threads: threads for quick work; 0 picks from the processors
 * @slow_threads: ... for slow work
 */
DsWorkers *
ds_workers_new (const char  *db_location,
                guint        quick_threads,
                guint        slow_threads,
                GError     **error)
{
  g_autoptr(DsWorkers) workers = g_new0 (DsWorkers, 1);
  DoneSource *source;

  workers->db_location = g_strdup (db_location);
  workers->context = g_main_context_ref_thread_default ();
  workers->finished = g_async_queue_new ();

  workers->done_source = g_source_new (&done_funcs, sizeof (DoneSource));
  source = (DoneSource *) workers->done_source;
  source->finished = g_async_queue_ref (workers->finished);
  source->woken = &workers->woken;
  g_source_set_name (workers->done_source, "doorstep finished work");
  g_source_attach (workers->done_source, workers->context);

  workers->lanes[DS_LANE_QUICK] = g_thread_pool_new (run_job, workers,
                                                     quick_threads > 0 ? (int) quick_threads
                                                                       : (int) default_threads (DS_LANE_QUICK),
                                                     TRUE, error);
  if (workers->lanes[DS_LANE_QUICK] == NULL)
    return NULL;
  workers->lanes[DS_LANE_SLOW] = g_thread_pool_new (run_slow_job, workers,
                                                    slow_threads > 0 ? (int) slow_threads
                                                                     : (int) default_threads (DS_LANE_SLOW),
                                                    TRUE, error);
  if (workers->lanes[DS_LANE_SLOW] == NULL)
    return NULL;
  return g_steal_pointer (&workers);
}

/**
 * ds_workers_push:
 * @work: runs on a worker of @lane, with its database connection (%NULL
 *   if it could not open one: the work answers 503)
 * @done: runs on the main loop once @work is over
 */
void
ds_workers_push (DsWorkers  *workers,
                 DsLane      lane,
                 DsWorkFunc  work,
                 DsDoneFunc  done,
                 gpointer    data)
{
  Job *job = g_new0 (Job, 1);

  job->work = work;
  job->done = done;
  job->data = data;
  g_thread_pool_push (workers->lanes[lane], job, NULL);
}

/* Waits for the work under way, and hands what is finished to its done
 * function at once. */
void
ds_workers_free (DsWorkers *workers)
{
  Job *job;

  if (workers == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (workers->lanes); i++)
    if (workers->lanes[i] != NULL)
      g_thread_pool_free (workers->lanes[i], FALSE, TRUE);
  if (workers->done_source != NULL)
    {
      g_source_destroy (workers->done_source);
      g_source_unref (workers->done_source);
    }
  while ((job = g_async_queue_try_pop (workers->finished)) != NULL)
    {
      job->done (job->data);
      g_free (job);
    }
  g_async_queue_unref (workers->finished);
  g_main_context_unref (workers->context);
  g_free (workers->db_location);
  g_free (workers);
}
