//! TasksApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_task() {
    let wire = WireTest::start("kinow", "create_task").await;
    let task = wire.replay(
        client(&wire)
            .create_task()
            .body(types::CreateTaskRequest {
                data: "data".to_string(),
                id_employee: Some(644),
                name: "Task 11".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(task.id, Some(525));
    assert_eq!(task.data.as_deref(), Some("data"));
    assert_eq!(task.date_add.as_deref(), Some("2024-03-22 10:15:00"));
}
