export const resultColors: Record<string, string> = { success: 'green', fail: 'orange', denied: 'red' };
