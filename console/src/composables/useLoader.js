import { onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus'
import { fieldErrors } from '../errors.js'

// A page's list: `fetch` fills the page's refs; load() runs it (also on mount), keeps its failure
// in `error` (shown by ErrorAlert) and clears it on success. Row actions and inline forms reload
// the list after they succeed, and their failure goes to `error` too.
export function useLoader(fetch) {
  const { t } = useI18n()
  const error = ref(null)
  const loading = ref(false)

  async function load() {
    loading.value = true
    try {
      await fetch()
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  // Runs an action on the server, then reloads; a failure shows in `error`.
  async function act(action) {
    try {
      await action()
      await load()
    } catch (e) {
      error.value = e
    }
  }

  // Asks first (ElMessageBox.confirm's arguments); cancelling or closing the box does nothing.
  async function confirmThen(question, action) {
    try {
      await ElMessageBox.confirm(...question)
    } catch {
      return
    }
    await act(action)
  }

  // The usual delete: "Delete <name>?", then the action (the API call).
  const confirmDelete = (name, action) =>
    confirmThen([t('common.confirmDelete', { id: name }), t('common.delete'), { type: 'warning' }], action)

  // An inline form's submit: `errors` (a ref) gets the server's field error, `error` its message.
  async function submit(errors, action, toErrors = fieldErrors) {
    errors.value = {}
    try {
      await action()
      await load()
    } catch (e) {
      errors.value = toErrors(e)
      error.value = e
    }
  }

  onMounted(load)
  return { error, loading, load, act, confirmThen, confirmDelete, submit }
}
