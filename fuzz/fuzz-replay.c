/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "fuzz.h"

/* Runs a harness over files and directories of inputs, once each: how the
 * seed corpus, and every crash the fuzzers found, stay tests in the
 * ordinary build. Prints TAP. */

static void
run_file (const char *path,
          guint      *count)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, size);
  g_print ("ok %u %s\n", ++*count, path);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        {
          run_file (argv[i], &count);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint j = 0; j < names->len; j++)
        run_file (g_ptr_array_index (names, j), &count);
    }

  g_print ("1..%u\n", count);
  return count > 0 ? 0 : 1;
}
