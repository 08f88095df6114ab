/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bench-common.h"
#include "doorstep-application.h"
#include "doorstep-window.h"
#include "ui-fixture.h"

/* How long the app takes to show a signed-in customer their dashboard, and
 * what memory it takes, against an empty AdwApplicationWindow with a
 * header bar in the same run. Runs under tests/ui/run-ui-tests.sh (Xvfb,
 * cairo renderer, its own bus, keyring and demo server): a first launch
 * signs in, which stores the session; then each measured launch is a new
 * process, started the way main.c starts the app, that resumes that
 * session and reports the first frame whose paint had the dashboard's
 * numbers in it, and its peak RSS then. The empty window reports its first
 * frame. Fifteen of each, alternating (a launch varies by a tenth or more
 * on a shared machine); prints medians, fastest launches and ratios.
 * Run: meson test -C _build --benchmark startup */

#define RUNS 15

static gint64 started;

static void
report (void)
{
  g_print ("drawn %.1f\n", bench_peak_rss_mib ("self"));
  fflush (stdout);
}

static gboolean
dashboard_drawn (void)
{
  return g_strcmp0 (ui_mode (), "portal") == 0 &&
         g_strcmp0 (ui_dashboard_state (), "content") == 0 &&
         *ui_dashboard_text ("requests_value") != '\0';
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gboolean (*done) (void) = user_data;

  if (!done ())
    return;
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
  report ();
  g_application_quit (g_application_get_default ());
}

static void
realized_cb (GtkWidget *window,
             gpointer   done)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), done);
}

/* The app's window presents itself once it knows what it shows first, so
 * its frames are watched from when it has a frame clock. */
static void
watch_frames (GtkWidget  *window,
              gboolean  (*done) (void))
{
  if (gtk_widget_get_realized (window))
    realized_cb (window, done);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), done);
}

static void
app_activated_cb (GApplication *app)
{
  ui_app = DOORSTEP_APPLICATION (app);
  ui_window = gtk_application_get_active_window (GTK_APPLICATION (app));
  watch_frames (GTK_WIDGET (ui_window), dashboard_drawn);
}

static gboolean
always (void)
{
  return TRUE;
}

static void
empty_activated_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window, always);
}

/* A measured launch: main.c's steps, and a watch on the frames. */
static int
run_child (const char *what)
{
  g_autoptr(GApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (g_str_equal (what, "app"))
    {
      app = G_APPLICATION (doorstep_application_new ());
      g_signal_connect_after (app, "activate", G_CALLBACK (app_activated_cb), NULL);
    }
  else
    {
      app = G_APPLICATION (adw_application_new ("io.github.doorstep.EmptyWindow", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (empty_activated_cb), NULL);
    }
  return g_application_run (app, 0, NULL);
}

static void
sign_in (void)
{
  ui_sign_in_customer ();
  ui_stop_app ();
}

typedef struct {
  GArray *ms;
  GArray *rss;
} Figures;

static void
launch (const char *self,
        const char *what,
        Figures    *figures)
{
  const char *argv[] = { self, "--child", what, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  double ms, rss;

  started = g_get_monotonic_time ();
  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error)) != NULL &&
         !g_str_has_prefix (line, "drawn "))
    g_clear_pointer (&line, g_free);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  ms = (g_get_monotonic_time () - started) / 1000.0;
  rss = g_ascii_strtod (line + 6, NULL);
  g_array_append_val (figures->ms, ms);
  g_array_append_val (figures->rss, rss);
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);
}

static char *self_path;

static void
measure (void)
{
  Figures app = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  Figures empty = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  double app_ms, empty_ms, app_rss, empty_rss;

  /* One of each first, to warm the disk cache for both alike. */
  launch (self_path, "empty", &empty);
  launch (self_path, "app", &app);
  g_array_set_size (empty.ms, 0);
  g_array_set_size (empty.rss, 0);
  g_array_set_size (app.ms, 0);
  g_array_set_size (app.rss, 0);

  for (guint i = 0; i < RUNS; i++)
    {
      launch (self_path, "empty", &empty);
      launch (self_path, "app", &app);
    }

  app_ms = bench_median (app.ms);
  empty_ms = bench_median (empty.ms);
  app_rss = bench_median (app.rss);
  empty_rss = bench_median (empty.rss);
  g_test_message ("medians of %d launches each, Xvfb, GSK_RENDERER=cairo", RUNS);
  g_test_message ("%-44s %8.1f ms  %7.1f MiB", "empty AdwApplicationWindow, first frame", empty_ms, empty_rss);
  g_test_message ("%-44s %8.1f ms  %7.1f MiB", "Doorstep, first frame with dashboard numbers", app_ms, app_rss);
  g_test_message ("%-44s %8.2fx    %7.2fx", "ratio", app_ms / empty_ms, app_rss / empty_rss);
  /* bench_median() sorted them: the fastest of each, the least disturbed. */
  g_test_message ("%-44s %8.1f ms / %.1f ms = %.2fx", "fastest launches, Doorstep / empty",
                  g_array_index (app.ms, double, 0), g_array_index (empty.ms, double, 0),
                  g_array_index (app.ms, double, 0) / g_array_index (empty.ms, double, 0));

  g_array_unref (app.ms);
  g_array_unref (app.rss);
  g_array_unref (empty.ms);
  g_array_unref (empty.rss);
}

static const UiTest sign_in_tests[] = {
  { "/startup/sign-in", sign_in },
  { NULL }
};

static const UiTest measure_tests[] = {
  { "/startup/measure", measure },
  { NULL }
};

static const UiPhase phases[] = {
  { "sign-in", NULL, sign_in_tests },
  { "measure", NULL, measure_tests },
};

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  self_path = g_canonicalize_filename (argv[0], NULL);
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}
